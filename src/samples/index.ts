export * from './render.ts';
export * from './endpoint-request.ts';
