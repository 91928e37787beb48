import type { Endpoint } from '../contract/index.ts';
import { sessionStore } from './session-store.ts';

/** One request sent from a Try it panel, and what came back. */
export interface HistoryEntry {
	/** When it was sent (ISO 8601). */
	at: string;
	op: Endpoint['id'];
	method: string;
	/** The whole request URL, key included. */
	url: string;
	params: Record<string, string>;
	requestHeaders: Record<string, string>;
	body?: string;
	fault?: string;
	status: number;
	statusText: string;
	responseHeaders: [string, string][];
	responseBody: string;
	/** From Send to the response. */
	ms: number;
}

const HISTORY_LIMIT = 100;
const PREFIX = 'workersai-history:';

const isEntry = (value: unknown): value is HistoryEntry =>
	typeof value === 'object' && value !== null && ['at', 'op', 'method', 'url'].every((name) => typeof (value as Record<string, unknown>)[name] === 'string');

/** A key's history, newest first. Anything in storage that is not a history counts as none. */
export function readHistory(key: string): HistoryEntry[] {
	try {
		const kept: unknown = JSON.parse(sessionStore()?.getItem(PREFIX + key) ?? '[]');
		return Array.isArray(kept) ? kept.filter(isEntry).slice(0, HISTORY_LIMIT) : [];
	} catch {
		return [];
	}
}

/** Adds a request to its key's history; false when storage is full or blocked, and the history cannot grow. */
export function recordHistory(key: string, entry: HistoryEntry): boolean {
	const store = sessionStore();
	if (!store) return false;
	try {
		store.setItem(PREFIX + key, JSON.stringify([entry, ...readHistory(key)].slice(0, HISTORY_LIMIT)));
		return true;
	} catch {
		return false;
	}
}
