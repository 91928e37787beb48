import { isLiveKey, type Endpoint } from '../contract/index.ts';
import { sessionStore } from './session-store.ts';

/**
 * What a reader has typed into a panel, kept for the browser tab's session: a reload, Back, or the
 * same page in the other language brings it back, the key typed included (never a live one).
 */
export interface Draft {
	/** Where the reader typed a key other than the documented one. */
	key?: string;
	params: Record<string, string>;
	body?: string;
	fault?: string;
}

const PREFIX = 'workersai-draft:';

const isText = (value: unknown) => value === undefined || typeof value === 'string';

/** Whether a value read from storage or a link has the fields of a draft, each of its type. */
export function isDraft(value: unknown): value is Draft {
	if (typeof value !== 'object' || value === null) return false;
	const { key, params, body, fault } = value as Record<string, unknown>;
	return isText(key) && typeof params === 'object' && params !== null && Object.values(params).every((text) => typeof text === 'string') && isText(body) && isText(fault);
}

/** The panel's draft; anything in storage that is not one counts as none. */
export function readDraft(op: Endpoint['id']): Draft | undefined {
	try {
		const kept: unknown = JSON.parse(sessionStore()?.getItem(PREFIX + op) ?? 'null');
		if (!isDraft(kept)) return undefined;
		const { key, params, body, fault } = kept;
		return { ...(key !== undefined && !isLiveKey(key) ? { key } : {}), params, ...(body !== undefined ? { body } : {}), ...(fault ? { fault } : {}) };
	} catch {
		return undefined;
	}
}

/** Keeps the panel's draft, or forgets it; a draft storage cannot hold is dropped, and the panel works on. */
export function keepDraft(op: Endpoint['id'], draft: Draft | undefined): void {
	const store = sessionStore();
	try {
		if (draft) store?.setItem(PREFIX + op, JSON.stringify(draft.key !== undefined && isLiveKey(draft.key) ? { ...draft, key: undefined } : draft));
		else store?.removeItem(PREFIX + op);
	} catch {
		// Not an older draft instead: none.
		store?.removeItem(PREFIX + op);
	}
}
