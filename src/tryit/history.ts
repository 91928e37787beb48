import { API_KEY_PATTERN, API_ORIGIN, API_PATH, endpointById, endpoints, isLiveKey, z } from '../contract/index.ts';
import { sessionStore } from './session-store.ts';

const [firstOp, ...otherOps] = endpoints.map((endpoint) => endpoint.id);
const [firstMethod, ...otherMethods] = [...new Set(endpoints.map((endpoint) => endpoint.method))];

/** Only a key of the API's shape, and never a live one, is ever kept. */
const keptKey = (key: string) => API_KEY_PATTERN.test(key) && !isLiveKey(key);

/** A URL of the API, whose key (if any) is one the history may keep. */
function apiUrl(text: string): boolean {
	if (!URL.canParse(text)) return false;
	const url = new URL(text);
	const key = url.searchParams.get('api_key');
	return url.origin === API_ORIGIN && url.pathname.startsWith(`${API_PATH}/`) && url.href === text && (key === null || keptKey(key));
}

const text = z.string();

/**
 * One request sent from a Try it panel, and what came back. Session storage is shared by every
 * page of the origin (on GitHub Pages, every project of the same owner), so what is read from it is
 * checked field by field before the panel shows it or writes it into an export.
 */
const historyEntrySchema = z
	.strictObject({
		/** When it was sent (ISO 8601). */
		at: z.iso.datetime(),
		op: z.enum([firstOp!, ...otherOps]),
		method: z.enum([firstMethod!, ...otherMethods]),
		/** The whole request URL at the API, key included. */
		url: text.refine(apiUrl),
		params: z.record(text, text),
		requestHeaders: z.record(text, text),
		body: text.optional(),
		fault: text.optional(),
		status: z.int().min(100).max(599),
		statusText: text,
		responseHeaders: z.array(z.tuple([text, text])),
		responseBody: text,
		/** Set when the response body was cut to keep the history small. */
		responseBodyCut: z.literal(true).optional(),
		/** From Send to the response. */
		ms: z.int().nonnegative(),
	})
	.refine((entry) => endpointById(entry.op).method === entry.method);

export type HistoryEntry = z.infer<typeof historyEntrySchema>;

const HISTORY_LIMIT = 100;
/** What a key's history may take of the tab's storage (about 5 MB in all), and of one response. */
const HISTORY_MAX_CHARS = 256 * 1024;
const RESPONSE_MAX_CHARS = 16 * 1024;
const PREFIX = 'workersai-history:';

/** The entries of a stored history that pass the check, in their order; anything else is left out. */
export function checkedHistory(kept: unknown): HistoryEntry[] {
	if (!Array.isArray(kept)) return [];
	return kept
		.flatMap((entry) => {
			const checked = historyEntrySchema.safeParse(entry);
			return checked.success ? [checked.data] : [];
		})
		.slice(0, HISTORY_LIMIT);
}

/** A key's history, newest first: only the entries that pass the check, whatever else storage holds. */
export function readHistory(key: string): HistoryEntry[] {
	if (!keptKey(key)) return [];
	try {
		return checkedHistory(JSON.parse(sessionStore()?.getItem(PREFIX + key) ?? '[]'));
	} catch {
		return [];
	}
}

function cut(entry: HistoryEntry): HistoryEntry {
	if (entry.responseBody.length <= RESPONSE_MAX_CHARS) return entry;
	return { ...entry, responseBody: entry.responseBody.slice(0, RESPONSE_MAX_CHARS), responseBodyCut: true };
}

/**
 * Adds a request to its key's history, the oldest going while the history is over its size. False
 * when storage is full or blocked and the history cannot grow; a key of no API shape is not kept.
 */
export function recordHistory(key: string, entry: HistoryEntry): boolean {
	if (!keptKey(key)) return true;
	const store = sessionStore();
	if (!store) return false;
	const entries = [cut(entry), ...readHistory(key)].slice(0, HISTORY_LIMIT);
	while (entries.length > 1 && JSON.stringify(entries).length > HISTORY_MAX_CHARS) entries.pop();
	for (;;) {
		try {
			store.setItem(PREFIX + key, JSON.stringify(entries));
			return true;
		} catch {
			if (entries.length <= 1) return false;
			entries.pop();
		}
	}
}

/** Frees room for the sandbox's state: the oldest request of all the tab's histories goes. True when one did. */
export function makeRoomForSandbox(): boolean {
	const store = sessionStore();
	if (!store) return false;
	let oldest: { name: string; entries: HistoryEntry[] } | undefined;
	for (let index = 0; index < store.length; index++) {
		const name = store.key(index);
		if (!name?.startsWith(PREFIX)) continue;
		const entries = readHistory(name.slice(PREFIX.length));
		// Nothing of it can be shown: all of it goes.
		if (!entries.length) return store.removeItem(name), true;
		if (!oldest || entries.at(-1)!.at < oldest.entries.at(-1)!.at) oldest = { name, entries };
	}
	if (!oldest) return false;
	const rest = oldest.entries.slice(0, -1);
	try {
		if (rest.length) store.setItem(oldest.name, JSON.stringify(rest));
		else store.removeItem(oldest.name);
	} catch {
		store.removeItem(oldest.name);
	}
	return true;
}
