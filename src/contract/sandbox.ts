import type { ErrorStatus } from './errors.ts';

/**
 * The sandbox (in the docs' Try it panels and `npm run sandbox`) produces these errors on demand
 * when a request carries this header, so a reader can see how each looks. The real API ignores it.
 */
export const FAULT_HEADER = 'X-Sandbox-Fault';
export const FAULT_STATUSES = [429, 500, 503] as const satisfies readonly ErrorStatus[];
