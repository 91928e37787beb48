import { retryableStatuses } from '../contract/index.ts';

/**
 * The sandbox (in the docs' Try it panels and `npm run sandbox`) produces these errors on demand
 * when a request carries this header, so a reader can see how each looks. The real API ignores it.
 * They are the errors no request of the reader's can cause: those a correct request may still meet.
 */
export const FAULT_HEADER = 'X-Sandbox-Fault';
export const FAULT_STATUSES = retryableStatuses;

/** The fault header's rule, as the API's 400 states it (in English, as all its messages). */
export const faultHeaderRule = `must be one of ${FAULT_STATUSES.join(', ')}`;

/** Where `npm run sandbox` listens unless told otherwise (`PORT`). Loopback only: it is a tool, not a service. */
export const SANDBOX_HOST = '127.0.0.1';
export const SANDBOX_PORT = 4010;
export const SANDBOX_ORIGIN = `http://${SANDBOX_HOST}:${SANDBOX_PORT}`;

/**
 * What the sandbox remembers, so that a long-running sandbox server stays within bounded memory:
 * the newest tasks of each key (and as many of its callbacks), for the most recently used keys.
 * Beyond them, a key's oldest task is dropped and the least recently used key starts afresh. At
 * about 650 bytes a task, a full sandbox holds some 650 MB of tasks; a test suite uses far less.
 */
export const SANDBOX_MAX_TASKS_PER_KEY = 10_000;
export const SANDBOX_MAX_KEYS = 100;

/**
 * How deep a body's JSON may nest, counting the body itself as one level. Not a rule the contract
 * states: the sandbox's own limit, since copying and writing JSON thousands of levels deep (which
 * 16 KiB of metadata allows) overflows the stack of the browser and of Node.
 */
export const MAX_BODY_DEPTH = 100;
