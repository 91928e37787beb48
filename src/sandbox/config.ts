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

/** The sandbox server as one JavaScript file, at this name at the root of the built site. */
export const SANDBOX_BUNDLE_FILE = 'workersai-sandbox.mjs';

/**
 * How many callbacks the server keeps waiting for their next attempt: each holds its task's JSON
 * for up to the last retry's delay, so a receiver that never answers cannot grow memory without end.
 */
export const SANDBOX_MAX_PENDING_CALLBACKS = 1_000;

/**
 * What the sandbox remembers, counted in bytes of the JSON it answers, so that a long-running
 * server stays within bounded memory whatever shape the tasks have: the newest tasks of each key
 * up to SANDBOX_MAX_BYTES_PER_KEY (about 11,000 tasks like the documented example, about 250 of the
 * largest the contract allows), for at most SANDBOX_MAX_KEYS keys and SANDBOX_MAX_BYTES in all.
 * Beyond them, a key's oldest task (and its callback) is dropped, and the least recently used key
 * starts afresh. Tasks are kept as UTF-8 bytes, so a byte of JSON costs a byte of memory, and a
 * list is written out from those bytes as the client reads it, never gathered into one copy. The
 * total leaves room for what answering takes besides: 100 keys at the bound, listed 50 at a time,
 * keep the server under 512 MiB resident, as `npm run sandbox` and as the one file started with
 * plain `node` (npm run bench -- --server).
 */
export const SANDBOX_MAX_BYTES_PER_KEY = 8 * 1024 * 1024;
export const SANDBOX_MAX_BYTES = 64 * 1024 * 1024;
export const SANDBOX_MAX_KEYS = 100;

export interface SandboxLimits {
	bytesPerKey: number;
	bytes: number;
	keys: number;
}

export const SANDBOX_LIMITS: SandboxLimits = { bytesPerKey: SANDBOX_MAX_BYTES_PER_KEY, bytes: SANDBOX_MAX_BYTES, keys: SANDBOX_MAX_KEYS };

/**
 * How deep a body's JSON may nest, counting the body itself as one level. Not a rule the contract
 * states: the sandbox's own limit, since copying and writing JSON thousands of levels deep (which
 * 16 KiB of metadata allows) overflows the stack of the browser and of Node.
 */
export const MAX_BODY_DEPTH = 100;
