import { CALLBACK_HEADERS } from '../contract/callback.ts';
import { shellQuote } from '../samples/render.ts';
import type { Strings } from './strings.ts';

/**
 * A callback as a curl command: the exact body WorkersAI would POST, with its headers, to a URL the
 * reader picks, so that a receiver can be tried without any server. Everything is shell-quoted: the
 * body carries the reader's own metadata, and the URL is typed.
 */
export function callbackCurl(url: string, body: unknown): string {
	const headers = Object.entries(CALLBACK_HEADERS).map(([name, value]) => `  -H ${shellQuote(`${name}: ${value}`)}`);
	return [`curl ${shellQuote(url)}`, ...headers, `  --data-binary ${shellQuote(JSON.stringify(body))}`].join(' \\\n');
}

/** Whether curl would POST to it as a receiver: an absolute http(s) URL. */
export function isReceiverUrl(text: string): boolean {
	try {
		return ['http:', 'https:'].includes(new URL(text).protocol);
	} catch {
		return false;
	}
}

/** What the reader typed and opened, by task: the list is drawn anew whenever a callback is added. */
const kept = new Map<string, { url: string; open: boolean }>();

/** Under a callback of the panel: a URL field (the task's own callback_url to start) and the command for it, with its own copy button. */
export function callbackCurlView(url: string, body: { external_id: string }, strings: Strings): HTMLElement {
	const state = kept.get(body.external_id) ?? { url, open: false };
	kept.set(body.external_id, state);
	const details = document.createElement('details');
	details.open = state.open;
	details.addEventListener('toggle', () => (state.open = details.open));
	details.className = 'try-it-callback-curl';
	const summary = document.createElement('summary');
	summary.textContent = strings.callbackCurl;
	const label = document.createElement('label');
	const input = document.createElement('input');
	input.type = 'url';
	input.value = state.url;
	input.spellcheck = false;
	label.append(strings.callbackCurlUrl, ' ', input);
	const error = document.createElement('p');
	error.className = 'try-it-callback-curl-error';
	error.setAttribute('role', 'alert');
	const sample = document.createElement('div');
	sample.className = 'try-it-sample';
	const copy = document.createElement('button');
	copy.type = 'button';
	copy.className = 'try-it-copy';
	copy.textContent = strings.copy;
	const pre = document.createElement('pre');
	sample.append(copy, pre);

	const update = () => {
		state.url = input.value;
		const ok = isReceiverUrl(input.value.trim());
		error.textContent = ok ? '' : strings.callbackCurlBadUrl;
		input.setAttribute('aria-invalid', String(!ok));
		copy.disabled = !ok;
		copy.textContent = strings.copy;
		if (ok) pre.textContent = callbackCurl(input.value.trim(), body);
	};
	input.addEventListener('input', update);
	copy.addEventListener('click', async () => {
		try {
			await navigator.clipboard.writeText(pre.textContent ?? '');
			copy.textContent = strings.copied;
		} catch {
			// The command is selected instead, so that the keyboard's copy takes it at once.
			getSelection()?.selectAllChildren(pre);
			error.textContent = strings.copyFailed;
		}
	});
	update();
	details.append(summary, label, error, sample);
	return details;
}
