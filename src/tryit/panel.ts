import { endpointById, isLiveKey, typedKey, type Endpoint, type Locale } from '../contract/index.ts';
import { bodyFieldId } from '../reference/field-tables.ts';
import { renderSample, type SampleLanguage } from '../samples/index.ts';
import { renderAnswer, renderCallbacks } from './answer.ts';
import { mountBodyEditor, type BodyEditor } from './body-editor.ts';
import { keepDraft, readDraft, type Draft } from './draft.ts';
import { exportHistory, showHistory } from './history-view.ts';
import { recordHistory, type HistoryEntry } from './history.ts';
import { panelRequest, type PanelInput } from './panel-request.ts';
import { toSandboxUrl } from '../sandbox/address.ts';
import { ensureSandbox } from './sandbox.ts';
import { shareFragment } from './share.ts';
import { fill as fillIn, type Strings } from './strings.ts';

/** What another part of the page may do with a mounted panel. */
export interface Panel {
	/** Fills the panel with a request (from a link or the history), saying `message`: it is not sent. What it replaced can be put back. */
	fill(request: Draft, message?: string): void;
}

const HISTORY_CHANGED = 'try-it:history';
// Each endpoint's panel as it will be once mounted: asked for before, or after, it is.
const panels = new Map<Endpoint['id'], { mounted: Promise<Panel>; resolve: (panel: Panel) => void }>();

function entry(op: Endpoint['id']) {
	let found = panels.get(op);
	if (!found) {
		let resolve!: (panel: Panel) => void;
		const mounted = new Promise<Panel>((settle) => (resolve = settle));
		panels.set(op, (found = { mounted, resolve }));
	}
	return found;
}

/** The panel of an endpoint, opened and mounted; undefined where the page has none. */
export function panelFor(op: Endpoint['id']): Promise<Panel> | undefined {
	const root = document.querySelector<HTMLElement>(`try-it[data-operation="${op}"]`);
	if (!root) return undefined;
	root.querySelector('details')!.open = true;
	return entry(op).mounted;
}

/** Wires one Try it panel: the form, live samples, Send, the history, links, Reset, copy. */
export function mountPanel(root: HTMLElement, strings: Strings): void {
	const endpoint = endpointById(root.dataset.operation as Endpoint['id']);
	const locale = root.dataset.locale as Locale;
	const form = root.querySelector('form')!;
	const send = root.querySelector<HTMLButtonElement>('.try-it-send')!;
	const status = root.querySelector<HTMLElement>('.try-it-status')!;
	const notice = root.querySelector<HTMLElement>('.try-it-notice')!;
	// What the bootstrap said (code that failed to load) is over once the code is here.
	notice.replaceChildren();
	delete notice.dataset.kind;
	const output = root.querySelector<HTMLElement>('.try-it-output')!;
	const callbacks = root.querySelector<HTMLElement>('.try-it-callback-list')!;
	const historyList = root.querySelector<HTMLOListElement>('.try-it-history-list')!;
	const keyInput = form.querySelector<HTMLInputElement>('input[name="api_key"]')!;
	const faultInput = form.querySelector<HTMLSelectElement>('select[name="fault"]')!;
	const bodySet = form.querySelector<HTMLFieldSetElement>('.try-it-body');

	const pathInputs = [...form.querySelectorAll<HTMLInputElement>('input[name^="path:"]')];
	/** The path parameters as typed, or (`defaultValue`) as the page was built with them. */
	const pathParams = (field: 'value' | 'defaultValue') => Object.fromEntries(pathInputs.map((input) => [input.name.slice('path:'.length), input[field]]));

	const showSamples = () => {
		const { sample } = panelRequest(endpoint, read());
		for (const code of root.querySelectorAll<HTMLElement>('.try-it-sample pre')) {
			code.firstElementChild!.textContent = renderSample(code.dataset.language as SampleLanguage, sample);
		}
	};
	// What the reader types is kept for the tab's session, a moment after they stop and when the page goes.
	let saving: ReturnType<typeof setTimeout> | undefined;
	const saveDraft = () => {
		clearTimeout(saving);
		const draft = current();
		keepDraft(endpoint.id, JSON.stringify(draft) === example ? undefined : draft);
	};
	const changed = () => {
		showSamples();
		clearTimeout(saving);
		saving = setTimeout(saveDraft, 300);
	};
	const editor: BodyEditor | undefined = bodySet ? mountBodyEditor(bodySet, strings, locale, changed) : undefined;

	function read(): PanelInput {
		return { apiKey: keyInput.value, pathParams: pathParams('value'), ...(editor ? { body: editor.text() } : {}), fault: faultInput.value };
	}
	function current(): Draft {
		const { apiKey, pathParams: params, body, fault } = read();
		const key = typedKey(apiKey);
		return { ...(key !== keyInput.defaultValue && !isLiveKey(key) ? { key } : {}), params, ...(body !== undefined ? { body } : {}), ...(fault ? { fault } : {}) };
	}
	// The documented example the page was built with (whatever was typed before the panel was
	// wired): a draft equal to it is no draft.
	const exampleBody = bodySet?.querySelector<HTMLTextAreaElement>('textarea[name="body"]')!.defaultValue;
	const example = JSON.stringify({ params: pathParams('defaultValue'), ...(exampleBody !== undefined ? { body: exampleBody } : {}) } satisfies Draft);

	const say = (message: string, kind: 'ok' | 'error' | 'info') => {
		status.textContent = message;
		status.dataset.kind = kind;
	};
	const history = () => showHistory(historyList, typedKey(keyInput.value), strings, (entry) => panelFor(entry.op)?.then((panel) => panel.fill(entry)));

	// Warm the worker up as soon as the panel is used, so the first Send does not wait for it.
	ensureSandbox().catch(() => {});

	form.addEventListener('input', (event) => {
		if (!bodySet?.contains(event.target as Node)) changed();
		if (event.target === keyInput) history();
	});
	addEventListener('pagehide', () => saving !== undefined && saveDraft());
	// Ctrl+Enter (⌘+Enter) sends from anywhere in the panel.
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
		const input = read();
		if (isLiveKey(input.apiKey)) {
			output.replaceChildren();
			say(strings.liveKey, 'error');
			status.focus();
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
			// Same origin only: what the worker does not answer goes to the docs' own host (which has
			// no API) and can reach no other. (`cache: 'only-if-cached'` would stop it in the browser,
			// but crashes Chromium 156 where DevTools intercepts requests.)
			const response = await fetch(toSandboxUrl(url, new URL(import.meta.env.BASE_URL, location.origin)), {
				...init,
				mode: 'same-origin',
				credentials: 'omit',
				redirect: 'error',
			});
			// Every answer of the sandbox is JSON; anything else came from the docs' own host.
			if (!response.headers.get('Content-Type')?.startsWith('application/json')) {
				output.replaceChildren();
				say(fillIn(strings.notAnswered, { status: response.status }), 'error');
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
			say(`${response.status} ${response.statusText} · ${strings.took} ${ms} ms`.replace(/\s+·/, ' ·'), response.ok ? 'ok' : 'error');
			const key = typedKey(input.apiKey);
			const entry: HistoryEntry = {
				at: new Date(Date.now() - ms).toISOString(),
				op: endpoint.id,
				method: endpoint.method,
				url,
				params: input.pathParams,
				requestHeaders: init.headers,
				...(input.body !== undefined ? { body: input.body } : {}),
				...(input.fault ? { fault: input.fault } : {}),
				status: response.status,
				statusText: response.statusText,
				responseHeaders: [...response.headers],
				responseBody: text,
				ms,
			};
			// The sandbox's own state came first; then the history, in what storage has left.
			const kept = recordHistory(key, entry);
			notice.textContent = store.unsaved(key) ? strings.stateNotSaved : kept ? '' : strings.historyOff;
			notice.dataset.kind = store.unsaved(key) ? 'error' : 'info';
			// Every panel of the page shows the one history of the session.
			document.dispatchEvent(new CustomEvent(HISTORY_CHANGED));
			await renderCallbacks(callbacks, store.callbacks(key), strings);
		} catch (error) {
			say(fillIn(strings.failed, { message: (error as Error).message }), 'error');
		} finally {
			send.disabled = false;
			send.textContent = strings.send;
			root.removeAttribute('aria-busy');
			// The answer is announced (aria-live) and focus moves to it.
			status.focus();
		}
	});

	root.querySelector('.try-it-reset')!.addEventListener('click', async () => {
		const key = typedKey(read().apiKey);
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

	root.querySelector('.try-it-share')!.addEventListener('click', async () => {
		const { key, ...draft } = current();
		const link = new URL(location.href);
		link.hash = await shareFragment({ op: endpoint.id, ...draft });
		try {
			await navigator.clipboard.writeText(link.href);
			notice.textContent = strings.linkCopied;
		} catch {
			notice.textContent = fillIn(strings.linkNotCopied, { link: link.href });
		}
	});

	for (const button of root.querySelectorAll<HTMLButtonElement>('.try-it-export')) {
		button.addEventListener('click', () => exportHistory(button.dataset.format as 'har' | 'curl', typedKey(keyInput.value)));
	}

	for (const button of root.querySelectorAll<HTMLButtonElement>('.try-it-copy')) {
		button.addEventListener('click', async () => {
			const pre = button.parentElement!.querySelector('pre')!;
			try {
				await navigator.clipboard.writeText(pre.textContent ?? '');
			} catch {
				// The code is selected instead, so that the keyboard's copy takes it at once.
				getSelection()?.selectAllChildren(pre);
				notice.textContent = strings.copyFailed;
				notice.dataset.kind = 'error';
				return;
			}
			button.textContent = strings.copied;
			setTimeout(() => (button.textContent = strings.copy), 1500);
		});
	}

	const panel: Panel = {
		fill(request, message = '') {
			// A draft the reader was working on is one step away, not lost.
			const before = current();
			const replaced = JSON.stringify(before) !== example;
			put(request);
			saveDraft();
			notice.replaceChildren(message);
			notice.dataset.kind = 'info';
			if (replaced && JSON.stringify(current()) !== JSON.stringify(before)) {
				const back = Object.assign(document.createElement('button'), { type: 'button', className: 'try-it-restart', textContent: strings.draftBack });
				back.addEventListener('click', () => {
					put({ ...before, key: before.key ?? keyInput.defaultValue });
					saveDraft();
					notice.replaceChildren();
					form.querySelector<HTMLElement>('input, select, textarea')?.focus();
				});
				notice.append(message ? ' ' : '', back);
			}
			root.scrollIntoView({ block: 'start' });
			form.querySelector<HTMLElement>('input, select, textarea')?.focus({ preventScroll: true });
		},
	};

	function put({ key, params, body, fault }: Draft): void {
		if (key !== undefined && !isLiveKey(key)) keyInput.value = key;
		for (const input of pathInputs) {
			const name = input.name.slice('path:'.length);
			if (Object.hasOwn(params, name)) input.value = params[name]!;
		}
		if (body !== undefined) editor?.load(body);
		faultInput.value = fault && [...faultInput.options].some((option) => option.value === fault) ? fault : '';
		changed();
	}

	// A draft of this tab's session comes back, with a way back to the example. One that cannot be
	// put back is forgotten, rather than failing every later opening.
	const draft = readDraft(endpoint.id);
	let restored = false;
	try {
		if (draft) put(draft), (restored = true);
	} catch {
		keepDraft(endpoint.id, undefined);
	}
	if (restored) {
		const restart = Object.assign(document.createElement('button'), { type: 'button', className: 'try-it-restart', textContent: strings.draftRestart });
		restart.addEventListener('click', () => {
			put({ ...JSON.parse(example), key: keyInput.defaultValue });
			notice.textContent = '';
			form.querySelector<HTMLElement>('input, select, textarea')?.focus();
		});
		notice.replaceChildren(`${strings.draftRestored} `, restart);
		notice.dataset.kind = 'info';
	}

	showSamples();
	history();
	document.addEventListener(HISTORY_CHANGED, history);
	entry(endpoint.id).resolve(panel);
	root.dataset.ready = '';
}
