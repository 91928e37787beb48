import { endpointById, isLiveKey, typedKey, type Endpoint, type Locale } from '../contract/index.ts';
import { mountBodyEditor, type BodyEditor } from './body-editor.ts';
import type { Draft } from './draft.ts';
import type { PanelInput } from './panel-request.ts';
import type { Strings } from './strings.ts';

/** One panel's elements and the request its form holds: what each of the panel's controllers works on. */
export interface PanelState {
	readonly root: HTMLElement;
	readonly endpoint: Endpoint;
	readonly strings: Strings;
	readonly form: HTMLFormElement;
	readonly keyInput: HTMLInputElement;
	readonly editor: BodyEditor | undefined;
	/** What the panel says beside the request: a draft back, a link copied, history off. */
	readonly notice: HTMLElement;
	readonly status: HTMLElement;
	readonly output: HTMLElement;
	readonly callbacks: HTMLElement;
	/** The documented example the page was built with, and its key: what "start again" puts back. */
	readonly example: Draft & { key: string };
	/** The request as typed, as it is sent. */
	read(): PanelInput;
	/** The request as typed, as a draft: the key only where the reader typed their own, never a live one. */
	current(): Draft;
	/** Whether a draft is the example: a draft equal to it is no draft. */
	isExample(draft: Draft): boolean;
	/** Puts a request into the form (never a live key; a fault the form does not offer is none). */
	put(draft: Draft): void;
	/** Says how a request went, in the status line, which is announced. */
	say(message: string, kind: 'ok' | 'error' | 'info'): void;
	/** A button for the notice, which does `action`. */
	noticeButton(label: string, action: () => void): HTMLButtonElement;
	focusForm(options?: FocusOptions): void;
	/** `listener` hears of every change to the request, typed or put. */
	onChange(listener: () => void): void;
}

/** Finds a panel's elements, mounts its body editor, and holds what the form holds. */
export function panelState(root: HTMLElement): PanelState {
	const endpoint = endpointById(root.dataset.operation as Endpoint['id']);
	const strings: Strings = JSON.parse(root.dataset.strings ?? '{}');
	const form = root.querySelector('form')!;
	const notice = root.querySelector<HTMLElement>('.try-it-notice')!;
	// What the bootstrap said (code that failed to load) is over once the code is here.
	notice.replaceChildren();
	delete notice.dataset.kind;
	const status = root.querySelector<HTMLElement>('.try-it-status')!;
	const keyInput = form.querySelector<HTMLInputElement>('input[name="api_key"]')!;
	const faultInput = form.querySelector<HTMLSelectElement>('select[name="fault"]')!;
	const pathInputs = [...form.querySelectorAll<HTMLInputElement>('input[name^="path:"]')];
	/** The path parameters as typed, or (`defaultValue`) as the page was built with them. */
	const pathParams = (field: 'value' | 'defaultValue') => Object.fromEntries(pathInputs.map((input) => [input.name.slice('path:'.length), input[field]]));

	const listeners: (() => void)[] = [];
	const changed = () => listeners.forEach((listener) => listener());
	const bodySet = form.querySelector<HTMLFieldSetElement>('.try-it-body');
	// The documented example the page was built with (whatever was typed before the panel was wired).
	const exampleBody = bodySet?.querySelector<HTMLTextAreaElement>('textarea[name="body"]')!.defaultValue;
	const example = { params: pathParams('defaultValue'), ...(exampleBody !== undefined ? { body: exampleBody } : {}) } satisfies Draft;
	const exampleText = JSON.stringify(example);
	const editor = bodySet ? mountBodyEditor(bodySet, strings, root.dataset.locale as Locale, changed) : undefined;
	// The body editor tells of its own changes, once its text follows them.
	form.addEventListener('input', (event) => {
		if (!bodySet?.contains(event.target as Node)) changed();
	});

	const read = (): PanelInput => ({ apiKey: keyInput.value, pathParams: pathParams('value'), ...(editor ? { body: editor.text() } : {}), fault: faultInput.value });
	return {
		root,
		endpoint,
		strings,
		form,
		keyInput,
		editor,
		notice,
		status,
		output: root.querySelector<HTMLElement>('.try-it-output')!,
		callbacks: root.querySelector<HTMLElement>('.try-it-callback-list')!,
		example: { ...example, key: keyInput.defaultValue },
		read,
		current() {
			const { apiKey, pathParams: params, body, fault } = read();
			const key = typedKey(apiKey);
			return { ...(key !== keyInput.defaultValue && !isLiveKey(key) ? { key } : {}), params, ...(body !== undefined ? { body } : {}), ...(fault ? { fault } : {}) };
		},
		isExample: (draft) => JSON.stringify(draft) === exampleText,
		put({ key, params, body, fault }) {
			if (key !== undefined && !isLiveKey(key)) keyInput.value = key;
			for (const input of pathInputs) {
				const name = input.name.slice('path:'.length);
				if (Object.hasOwn(params, name)) input.value = params[name]!;
			}
			if (body !== undefined) editor?.load(body);
			faultInput.value = fault && [...faultInput.options].some((option) => option.value === fault) ? fault : '';
			changed();
		},
		say(message, kind) {
			status.textContent = message;
			status.dataset.kind = kind;
		},
		noticeButton(label, action) {
			const button = Object.assign(document.createElement('button'), { type: 'button', className: 'try-it-restart', textContent: label });
			button.addEventListener('click', action);
			return button;
		},
		focusForm: (options) => form.querySelector<HTMLElement>('input, select, textarea')?.focus(options),
		onChange: (listener) => void listeners.push(listener),
	};
}
