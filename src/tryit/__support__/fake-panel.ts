import { endpointById, isLiveKey, TEST_KEY, type Endpoint } from '../../contract/index.ts';
import type { Draft } from '../draft.ts';
import type { PanelInput } from '../panel-request.ts';
import type { PanelState } from '../panel-state.ts';
import { keyStrings } from './key-strings.ts';

/** An element as a controller sees it, without a browser: it keeps what is written to it and dispatches events. */
export class FakeElement extends EventTarget {
	children: (FakeElement | string)[] = [];
	dataset: Record<string, string> = {};
	attributes = new Map<string, string>();
	disabled = false;
	focused = 0;
	/** What `querySelector` finds, by selector. */
	found: Record<string, FakeElement> = {};

	get textContent(): string {
		return this.children.map((child) => (typeof child === 'string' ? child : child.textContent)).join('');
	}
	set textContent(text: string) {
		this.children = text ? [text] : [];
	}
	replaceChildren(...children: (FakeElement | string)[]): void {
		this.children = children;
	}
	append(...children: (FakeElement | string)[]): void {
		this.children.push(...children);
	}
	setAttribute(name: string, value: string): void {
		this.attributes.set(name, value);
	}
	removeAttribute(name: string): void {
		this.attributes.delete(name);
	}
	querySelector(selector: string): FakeElement | null {
		return this.found[selector] ?? null;
	}
	focus(): void {
		this.focused++;
	}
	scrollIntoView(): void {}
	click(): void {
		this.dispatchEvent(new Event('click'));
	}
	/** A form's submit, as `requestSubmit` starts it. */
	requestSubmit(): void {
		this.dispatchEvent(new Event('submit', { cancelable: true }));
	}
	/** The buttons among its children. */
	buttons(): FakeElement[] {
		return this.children.filter((child): child is FakeElement => typeof child !== 'string');
	}
}

/**
 * A panel's state without a browser: the form holds a request as a record, `put` replaces it (or
 * throws, when told to), and every change is told to the controllers that listen. Its key is the
 * documented one until the reader types another.
 */
export function fakePanel(op: Endpoint['id'] = 'createTask') {
	const endpoint = endpointById(op);
	const exampleForm: Draft = { params: { ...endpoint.example.pathParams }, body: JSON.stringify(endpoint.example.body, null, 2) };
	const listeners: (() => void)[] = [];
	const changed = () => listeners.forEach((listener) => listener());
	let apiKey = TEST_KEY;
	let form: Omit<Draft, 'key'> = exampleForm;
	const elements = { root: new FakeElement(), form: new FakeElement(), notice: new FakeElement(), status: new FakeElement(), output: new FakeElement(), callbacks: new FakeElement() };
	const fake = {
		...elements,
		endpoint,
		strings: keyStrings,
		editor: undefined,
		example: { ...exampleForm, key: TEST_KEY },
		/** Set to make `put` fail, as it does with a draft the form cannot take. */
		putFails: false,
		read: (): PanelInput => ({ apiKey, pathParams: form.params, ...(form.body !== undefined ? { body: form.body } : {}), fault: form.fault ?? '' }),
		current: (): Draft => ({ ...(apiKey !== TEST_KEY && !isLiveKey(apiKey) ? { key: apiKey } : {}), ...form }),
		isExample: (draft: Draft) => JSON.stringify(draft) === JSON.stringify(exampleForm),
		put({ key, ...request }: Draft) {
			if (fake.putFails) throw new Error('The form cannot take this.');
			if (key !== undefined && !isLiveKey(key)) apiKey = key;
			form = request;
			changed();
		},
		/** The reader types a request into the form, and a key. */
		type(request: Omit<Draft, 'key'>, key = apiKey) {
			apiKey = key;
			form = request;
			changed();
		},
		say(message: string, kind: string) {
			elements.status.textContent = message;
			elements.status.dataset.kind = kind;
		},
		noticeButton(label: string, action: () => void) {
			const button = new FakeElement();
			button.textContent = label;
			button.addEventListener('click', action);
			return button;
		},
		focusForm: () => void elements.form.focus(),
		onChange: (listener: () => void) => void listeners.push(listener),
	};
	return fake;
}

/** The fake as the controllers take it. */
export const asState = (fake: ReturnType<typeof fakePanel>) => fake as unknown as PanelState;

/** A session storage of the tab, in memory. */
export class MemoryStorage {
	#items = new Map<string, string>();
	getItem = (key: string) => this.#items.get(key) ?? null;
	setItem = (key: string, value: string) => void this.#items.set(key, String(value));
	removeItem = (key: string) => void this.#items.delete(key);
}
