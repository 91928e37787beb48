import { toHar } from './har.ts';
import { readHistory, type HistoryEntry } from './history.ts';
import { replayScript } from './replay-script.ts';
import type { Strings } from './strings.ts';

/** The key's history, newest first: method, path, status and time; choosing one puts it back in its panel. */
export function showHistory(list: HTMLOListElement, key: string, strings: Strings, pick: (entry: HistoryEntry) => void): void {
	const entries = readHistory(key);
	if (!entries.length) {
		list.replaceChildren(Object.assign(document.createElement('li'), { textContent: strings.historyEmpty }));
		return;
	}
	list.replaceChildren(
		...entries.map((entry) => {
			const item = document.createElement('li');
			const button = Object.assign(document.createElement('button'), { type: 'button', className: 'try-it-link' });
			const { pathname } = new URL(entry.url);
			const time = new Date(entry.at).toLocaleTimeString(document.documentElement.lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
			button.append(Object.assign(document.createElement('code'), { textContent: `${entry.method} ${pathname}` }), ` ${entry.status} · ${time}`);
			button.addEventListener('click', () => pick(entry));
			item.append(button);
			return item;
		}),
	);
}

/** Saves the key's history as a HAR 1.2 file or as a shell script of curl commands. */
export function exportHistory(format: 'har' | 'curl', key: string): void {
	const entries = readHistory(key);
	const [text, type, name] =
		format === 'har'
			? [JSON.stringify(toHar(entries, location.origin), null, 2), 'application/json', 'workersai-session.har']
			: [replayScript(entries), 'text/x-shellscript', 'workersai-session.sh'];
	const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(new Blob([text], { type })), download: name });
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 0);
}
