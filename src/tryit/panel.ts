import { endpointById, type Endpoint } from '../contract/index.ts';
import { renderSample, type SampleLanguage } from '../samples/index.ts';
import { renderAnswer, renderCallbacks } from './answer.ts';
import { isLiveKey, panelRequest, type PanelInput } from './panel-request.ts';
import { ensureSandbox } from './sandbox.ts';
import type { Strings } from './strings.ts';

/** Wires one Try it panel: live samples as the reader types, Send, Reset, copy. */
export function mountPanel(root: HTMLElement): void {
	const endpoint = endpointById(root.dataset.operation as Endpoint['id']);
	const strings: Strings = JSON.parse(root.dataset.strings ?? '{}');
	const form = root.querySelector('form')!;
	const send = root.querySelector<HTMLButtonElement>('.try-it-send')!;
	const status = root.querySelector<HTMLElement>('.try-it-status')!;
	const output = root.querySelector<HTMLElement>('.try-it-output')!;
	const callbacks = root.querySelector<HTMLElement>('.try-it-callback-list')!;

	const read = (): PanelInput => {
		const data = new FormData(form);
		const pathParams: Record<string, string> = {};
		for (const [name, value] of data) if (name.startsWith('path:')) pathParams[name.slice(5)] = String(value);
		const body = data.get('body');
		return {
			apiKey: String(data.get('api_key') ?? ''),
			pathParams,
			...(body !== null ? { body: String(body) } : {}),
			fault: String(data.get('fault') ?? ''),
		};
	};

	const showSamples = () => {
		const { sample } = panelRequest(endpoint, read());
		for (const code of root.querySelectorAll<HTMLElement>('.try-it-sample pre')) {
			code.firstElementChild!.textContent = renderSample(code.dataset.language as SampleLanguage, sample);
		}
	};

	const say = (message: string, kind: 'ok' | 'error' | 'info') => {
		status.textContent = message;
		status.dataset.kind = kind;
	};

	// Warm the worker up as soon as the panel is used, so the first Send does not wait for it.
	ensureSandbox().catch(() => {});

	form.addEventListener('input', showSamples);
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const input = read();
		if (isLiveKey(input.apiKey)) {
			output.replaceChildren();
			say(strings.liveKey, 'error');
			return;
		}
		send.disabled = true;
		send.textContent = strings.sending;
		root.setAttribute('aria-busy', 'true');
		const started = performance.now();
		try {
			let store;
			try {
				store = await ensureSandbox();
			} catch (error) {
				output.replaceChildren();
				say(`${strings.noWorker} ${(error as Error).message}`, 'error');
				return;
			}
			const { url, init } = panelRequest(endpoint, input);
			const response = await fetch(url, init);
			const text = await response.text();
			await renderAnswer(output, response, text, strings);
			const elapsed = Math.round(performance.now() - started);
			say(`${response.status} ${response.statusText} · ${strings.took} ${elapsed} ms`.replace(/\s+·/, ' ·'), response.ok ? 'ok' : 'error');
			await renderCallbacks(callbacks, store.callbacks(input.apiKey.trim()), strings);
		} catch (error) {
			say(`${strings.noWorker} ${(error as Error).message}`, 'error');
		} finally {
			send.disabled = false;
			send.textContent = strings.send;
			root.removeAttribute('aria-busy');
		}
	});

	root.querySelector('.try-it-reset')!.addEventListener('click', async () => {
		const key = read().apiKey.trim();
		try {
			const store = await ensureSandbox();
			store.reset(key);
			output.replaceChildren();
			await renderCallbacks(callbacks, [], strings);
			say(strings.resetDone, 'info');
		} catch (error) {
			say(`${strings.noWorker} ${(error as Error).message}`, 'error');
		}
	});

	for (const button of root.querySelectorAll<HTMLButtonElement>('.try-it-copy')) {
		button.addEventListener('click', async () => {
			const code = button.parentElement!.querySelector('pre')!.textContent ?? '';
			await navigator.clipboard.writeText(code);
			button.textContent = strings.copied;
			setTimeout(() => (button.textContent = strings.copy), 1500);
		});
	}

	showSamples();
	root.dataset.ready = '';
}
