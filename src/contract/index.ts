// First, so that no schema is parsed before zod is configured.
import './zod-config.ts';
export * from './keys.ts';
export * from './limits.ts';
export * from './messages.ts';
export * from './task.ts';
export * from './errors.ts';
export * from './examples.ts';
export * from './endpoints.ts';
export * from './routes.ts';
export * from './test-mode.ts';
export * from './validate.ts';
export * from './sandbox.ts';
export * from './callback.ts';
