import type { ErrorStatus } from './errors.ts';

/**
 * The sandbox (in the docs' Try it panels and `npm run sandbox`) produces these errors on demand
 * when a request carries this header, so a reader can see how each looks. The real API ignores it.
 */
export const FAULT_HEADER = 'X-Sandbox-Fault';
export const FAULT_STATUSES = [429, 500, 503] as const satisfies readonly ErrorStatus[];

/**
 * What the sandbox remembers, so that a long-running sandbox server stays within bounded memory:
 * the newest tasks of each key (and as many of its callbacks), for the most recently used keys.
 * Beyond them, a key's oldest task is dropped and the least recently used key starts afresh.
 */
export const SANDBOX_MAX_TASKS_PER_KEY = 10_000;
export const SANDBOX_MAX_KEYS = 1_000;
