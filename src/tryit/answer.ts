import { callbackCurlView } from './callback-curl.ts';
import { highlightJson } from './highlight.ts';
import type { Strings } from './strings.ts';

/** Builds elements from text only: nothing a response contains is ever parsed as HTML. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

async function jsonBlock(value: unknown): Promise<HTMLElement> {
	const block = element('div', undefined, 'try-it-json');
	block.append(await highlightJson(JSON.stringify(value, null, 2)));
	return block;
}

type FieldList = { path: string; message: string }[];

function errorFields(value: unknown): FieldList | undefined {
	const fields = (value as { error?: { fields?: unknown } })?.error?.fields;
	return Array.isArray(fields) ? (fields as FieldList) : undefined;
}

/** Where a field of a 400 leads: its row in the reference, and its control in the form. */
export interface FieldPlaces {
	reference(path: string): string | undefined;
	control(path: string): HTMLElement | undefined;
}

function fieldItem(field: { path: string; message: string }, places: FieldPlaces, strings: Strings): HTMLElement {
	const item = element('li');
	item.append(element('code', String(field.path)), ` ${String(field.message)}`);
	const row = places.reference(String(field.path));
	if (row) {
		const link = element('a', strings.fieldInReference);
		link.href = row;
		item.append(' · ', link);
	}
	const control = places.control(String(field.path));
	if (control) {
		const show = element('button', strings.fieldInForm, 'try-it-link');
		show.type = 'button';
		show.addEventListener('click', () => {
			control.scrollIntoView({ block: 'center' });
			(control.matches('input, select, textarea') ? control : control.querySelector<HTMLElement>('input, select, textarea, button'))?.focus();
		});
		item.append(' · ', show);
	}
	return item;
}

/** Status, time, headers and the body of an answer, rendered into the panel. */
export async function renderAnswer(output: HTMLElement, response: Response, text: string, strings: Strings, places: FieldPlaces): Promise<void> {
	const parts: HTMLElement[] = [];
	const headers = element('details', undefined, 'try-it-headers');
	headers.append(element('summary', strings.headers));
	const list = element('dl');
	response.headers.forEach((value, name) => list.append(element('dt', name), element('dd', value)));
	headers.append(list);
	parts.push(headers);

	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		parts.push(element('p', strings.notJson), element('pre', text, 'try-it-raw'));
	}
	if (json !== undefined) {
		const fields = errorFields(json);
		if (fields?.length) {
			const items = element('ul', undefined, 'try-it-fields');
			items.setAttribute('aria-label', strings.fields);
			items.append(...fields.map((field) => fieldItem(field, places, strings)));
			parts.push(items);
		}
		parts.push(await jsonBlock(json));
	}
	output.replaceChildren(...parts);
}

const renderedCallbacks = new WeakMap<HTMLElement, string>();

/** Every body test mode has "sent" for the key, each under the task it belongs to. */
export async function renderCallbacks(list: HTMLElement, callbacks: { url: string; body: { external_id: string } }[], strings: Strings): Promise<void> {
	// Most sends record no new callback: leave what is shown alone instead of highlighting it again.
	const key = JSON.stringify(callbacks);
	if (renderedCallbacks.get(list) === key) return;
	renderedCallbacks.set(list, key);
	if (!callbacks.length) {
		list.replaceChildren(element('p', strings.callbacksNone));
		return;
	}
	const items = await Promise.all(
		callbacks.map(async ({ url, body }) => {
			const item = element('div', undefined, 'try-it-callback');
			const heading = element('p');
			heading.append(element('code', `POST ${url}`), ` ${strings.callbackFor} `, element('code', body.external_id));
			item.append(heading, await jsonBlock(body), callbackCurlView(url, body, strings));
			return item;
		}),
	);
	list.replaceChildren(...items);
}
