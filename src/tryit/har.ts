import type { Entry, Har, Header } from 'har-format';
import { utf8Length } from '../contract/index.ts';
import type { HistoryEntry } from './history.ts';

const headers = (pairs: [string, string][]): Header[] => pairs.map(([name, value]) => ({ name, value }));

function harEntry(entry: HistoryEntry): Entry {
	const url = new URL(entry.url);
	const responseType = entry.responseHeaders.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? 'application/json';
	return {
		startedDateTime: entry.at,
		time: entry.ms,
		request: {
			method: entry.method,
			url: entry.url,
			httpVersion: 'HTTP/1.1',
			cookies: [],
			headers: headers(Object.entries(entry.requestHeaders)),
			queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
			...(entry.body !== undefined ? { postData: { mimeType: entry.requestHeaders['Content-Type'] ?? 'application/json', text: entry.body } } : {}),
			headersSize: -1,
			bodySize: entry.body === undefined ? 0 : utf8Length(entry.body),
		},
		response: {
			status: entry.status,
			statusText: entry.statusText,
			httpVersion: 'HTTP/1.1',
			cookies: [],
			headers: headers(entry.responseHeaders),
			content: {
				size: utf8Length(entry.responseBody),
				mimeType: responseType,
				text: entry.responseBody,
				...(entry.responseBodyCut ? { comment: 'Cut short: the session history keeps the start of long responses.' } : {}),
			},
			redirectURL: '',
			headersSize: -1,
			bodySize: -1,
		},
		cache: {},
		timings: { send: 0, wait: entry.ms, receive: 0 },
	};
}

/** A session's requests as a HAR 1.2 log, oldest first, as a browser's network panel saves one. */
export function toHar(history: HistoryEntry[], page: string): Har {
	return {
		log: {
			version: '1.2',
			creator: { name: 'WorkersAI API docs, Try it', version: '1' },
			pages: [],
			entries: [...history].reverse().map(harEntry),
			comment: `Answered by the sandbox of ${page}`,
		},
	};
}
