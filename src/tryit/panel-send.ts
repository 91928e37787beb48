import { isLiveKey, typedKey } from '../contract/index.ts';
import { bodyFieldId } from '../reference/field-ids.ts';
import { toSandboxUrl } from '../sandbox/address.ts';
import { renderAnswer, renderCallbacks } from './answer.ts';
import { recordHistory } from './history.ts';
import { panelRequest, type PanelInput } from './panel-request.ts';
import { historyChanged } from './panel-history.ts';
import type { PanelState } from './panel-state.ts';
import { ensureSandbox } from './sandbox.ts';
import { fill } from './strings.ts';

/** Send, and Ctrl+Enter (⌘+Enter) from anywhere in the panel: the request goes to the sandbox, one at a time. */
export function sendRequests(state: PanelState): void {
	const { root, form, status, output, strings } = state;
	const send = root.querySelector<HTMLButtonElement>('.try-it-send')!;
	// Warm the worker up as soon as the panel is used, so the first Send does not wait for it.
	ensureSandbox().catch(() => {});

	root.addEventListener('keydown', (event) => {
		if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
			event.preventDefault();
			form.requestSubmit();
		}
	});

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		// One request at a time: Ctrl+Enter reaches here even while Send is disabled.
		if (send.disabled) return;
		const input = state.read();
		if (isLiveKey(input.apiKey)) {
			output.replaceChildren();
			state.say(strings.liveKey, 'error');
			status.focus();
			return;
		}
		send.disabled = true;
		send.textContent = strings.sending;
		root.setAttribute('aria-busy', 'true');
		try {
			await exchange(state, input);
		} catch (error) {
			state.say(fill(strings.failed, { message: (error as Error).message }), 'error');
		} finally {
			send.disabled = false;
			send.textContent = strings.send;
			root.removeAttribute('aria-busy');
			// The answer is announced (aria-live) and focus moves to it.
			status.focus();
		}
	});
}

/** Sends the request to the sandbox, and shows the answer, the history and the callbacks it leaves. */
async function exchange(state: PanelState, input: PanelInput): Promise<void> {
	const { endpoint, strings, output, notice, editor } = state;
	const started = performance.now();
	let store;
	try {
		store = await ensureSandbox();
	} catch (error) {
		output.replaceChildren();
		state.say(`${strings.noWorker} ${(error as Error).message}`, 'error');
		return;
	}
	const request = panelRequest(endpoint, input);
	// Same origin only: what the worker does not answer goes to the docs' own host (which has
	// no API) and can reach no other. (`cache: 'only-if-cached'` would stop it in the browser,
	// but crashes Chromium 156 where DevTools intercepts requests.)
	const response = await fetch(toSandboxUrl(request.url, new URL(import.meta.env.BASE_URL, location.origin)), {
		...request.init,
		mode: 'same-origin',
		credentials: 'omit',
		redirect: 'error',
	});
	// Every answer of the sandbox is JSON; anything else came from the docs' own host.
	if (!response.headers.get('Content-Type')?.startsWith('application/json')) {
		output.replaceChildren();
		state.say(fill(strings.notAnswered, { status: response.status }), 'error');
		return;
	}
	const text = await response.text();
	const ms = Math.round(performance.now() - started);
	await renderAnswer(output, response, text, strings, {
		reference: (path) => {
			const id = bodyFieldId(endpoint, path);
			return document.getElementById(id) ? `#${id}` : undefined;
		},
		control: (path) => editor?.control(path),
	});
	state.say(`${response.status} ${response.statusText} · ${strings.took} ${ms} ms`.replace(/\s+·/, ' ·'), response.ok ? 'ok' : 'error');
	const key = typedKey(input.apiKey);
	// The sandbox's own state came first; then the history, in what storage has left.
	const kept = recordHistory(key, {
		at: new Date(Date.now() - ms).toISOString(),
		op: endpoint.id,
		method: endpoint.method,
		url: request.url,
		params: input.pathParams,
		requestHeaders: request.init.headers,
		...(input.body !== undefined ? { body: input.body } : {}),
		...(input.fault ? { fault: input.fault } : {}),
		status: response.status,
		statusText: response.statusText,
		responseHeaders: [...response.headers],
		responseBody: text,
		ms,
	});
	notice.textContent = store.unsaved(key) ? strings.stateNotSaved : kept ? '' : strings.historyOff;
	notice.dataset.kind = store.unsaved(key) ? 'error' : 'info';
	historyChanged();
	await renderCallbacks(state.callbacks, store.callbacks(key), strings);
}
