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
	block.innerHTML = await highlightJson(JSON.stringify(value, null, 2));
	return block;
}

type FieldList = { path: string; message: string }[];

function errorFields(value: unknown): FieldList | undefined {
	const fields = (value as { error?: { fields?: unknown } })?.error?.fields;
	return Array.isArray(fields) ? (fields as FieldList) : undefined;
}

/** Status, time, headers and the body of an answer, rendered into the panel. */
export async function renderAnswer(output: HTMLElement, response: Response, text: string, strings: Strings): Promise<void> {
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
			for (const field of fields) {
				const item = element('li');
				item.append(element('code', field.path), ` ${field.message}`);
				items.append(item);
			}
			parts.push(items);
		}
		parts.push(await jsonBlock(json));
	}
	output.replaceChildren(...parts);
}

const renderedCallbacks = new WeakMap<HTMLElement, string>();

export async function renderCallbacks(list: HTMLElement, callbacks: { url: string; body: unknown }[], strings: Strings): Promise<void> {
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
			heading.append(element('code', `POST ${url}`));
			item.append(heading, await jsonBlock(body));
			return item;
		}),
	);
	list.replaceChildren(...items);
}
