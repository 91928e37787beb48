import { MAX_BODY_DEPTH } from './config.ts';
import type { Bilingual } from '../contract/index.ts';

/** The sandbox's own rules, beyond the contract's: as a field error says them, in both languages. */
export const sandboxRules = {
	bodyTooDeep: { en: `must not nest more than ${MAX_BODY_DEPTH} levels deep`, ko: `${MAX_BODY_DEPTH}단계보다 깊이 중첩되면 안 됩니다` },
} as const satisfies Record<string, Bilingual>;

/** What the sandbox itself says when it cannot answer as the API would. In English, as the API. */
export const sandboxMessages = {
	failed: 'The sandbox failed to answer this request.',
	unreadableHttp: 'The sandbox cannot read this request as HTTP.',
} as const;

/** What the local sandbox server says of a request node:http cannot parse, named as the part to fix. */
export const unreadableRequest = {
	method: 'must be a standard HTTP method',
	path: 'must be ASCII, with anything else percent-encoded',
	headers: 'must be at most 16 KiB in all',
	request: 'must be well-formed HTTP/1.1',
} as const;

/** What the local server prints about callbacks it does not send. In English, as its log. */
export const callbackMessages = {
	hostRefused: (host: string, id: string) =>
		`callback to ${host} not sent (task ${id}): only loopback hosts (localhost, 127.0.0.0/8, [::1]) get callbacks unless --callback-hosts names others; start with --callback-hosts ${host} to allow it. Said once for this host.`,
	tooManyPending: (id: string, limit: number) => `callback of task ${id} not sent: ${limit} callbacks are already waiting for a retry.`,
} as const;
