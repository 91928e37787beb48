import { API_PATH, BASE_URL } from '../contract/index.ts';
import { SANDBOX_ORIGIN } from '../sandbox/config.ts';
import { shellQuote } from '../samples/index.ts';
import type { HistoryEntry } from './history.ts';

/**
 * A session's requests as a POSIX shell script of curl commands, oldest first, that sends them
 * again to `npm run sandbox` on its default address, or to the base URL given as `$1`. Each
 * response is printed on its own line, after its status.
 */
export function replayScript(history: HistoryEntry[]): string {
	const lines = [
		'#!/bin/sh',
		`# ${history.length} request(s) from the Try it panels of the WorkersAI API docs, oldest first.`,
		`# Replays them against the local sandbox (npm run sandbox), or the base URL given as the first argument.`,
		'set -u',
		`BASE_URL="\${1:-${SANDBOX_ORIGIN}${API_PATH}}"`,
		'',
	];
	for (const entry of [...history].reverse()) {
		const path = entry.url.startsWith(BASE_URL) ? entry.url.slice(BASE_URL.length) : new URL(entry.url).pathname.replace(API_PATH, '') + new URL(entry.url).search;
		const parts = [`curl -sS -w '\\n%{http_code}\\n' -X ${entry.method} "$BASE_URL"${shellQuote(path)}`];
		for (const [name, value] of Object.entries(entry.requestHeaders)) parts.push(`-H ${shellQuote(`${name}: ${value}`)}`);
		if (entry.body !== undefined) parts.push(`--data-binary ${shellQuote(entry.body)}`);
		lines.push(`# ${entry.at}: ${entry.method} ${API_PATH}${path.split('?')[0]} returned ${entry.status}`, parts.join(' \\\n  '), '');
	}
	return lines.join('\n');
}
