import type { Endpoint } from '../contract/index.ts';

/**
 * What a reader has typed into a panel, kept for the browser tab's session: a reload, Back, or the
 * same page in the other language brings it back. Keys are not kept: the panel starts from the test key.
 */
export interface Draft {
	params: Record<string, string>;
	body?: string;
	fault?: string;
}

const PREFIX = 'workersai-draft:';

function storage(): Storage | undefined {
	try {
		return window.sessionStorage;
	} catch {
		return undefined;
	}
}

const isText = (value: unknown) => value === undefined || typeof value === 'string';

/** The panel's draft; anything in storage that is not one counts as none. */
export function readDraft(op: Endpoint['id']): Draft | undefined {
	try {
		const kept: unknown = JSON.parse(storage()?.getItem(PREFIX + op) ?? 'null');
		if (typeof kept !== 'object' || kept === null) return undefined;
		const { params, body, fault } = kept as Record<string, unknown>;
		if (typeof params !== 'object' || params === null || !Object.values(params).every((value) => typeof value === 'string')) return undefined;
		if (!isText(body) || !isText(fault)) return undefined;
		return { params: params as Record<string, string>, ...(body !== undefined ? { body: body as string } : {}), ...(fault ? { fault: fault as string } : {}) };
	} catch {
		return undefined;
	}
}

/** Keeps the panel's draft, or forgets it; a draft storage cannot hold is dropped, and the panel works on. */
export function keepDraft(op: Endpoint['id'], draft: Draft | undefined): void {
	try {
		if (draft) storage()?.setItem(PREFIX + op, JSON.stringify(draft));
		else storage()?.removeItem(PREFIX + op);
	} catch {
		// Not an older draft instead: none.
		storage()?.removeItem(PREFIX + op);
	}
}
