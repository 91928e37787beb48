import type { Locale } from '../contract/index.ts';
import { get, set, type Json, type JsonObject } from './body-json.ts';
import { fill, type Strings } from './strings.ts';

// A list shows this many items in the form; a longer one is edited as JSON (it still round-trips).
const LIST_SHOWN = 100;

export interface BodyForm {
	/** Shows a body in the controls; edits change it from now on. */
	show(body: JsonObject): void;
	/** The control of a field's path, if the form has one. */
	field(path: string): HTMLElement | undefined;
	/** The control of a field named by a field error's path (`params.categories.1`): its own, else its nearest enclosing field's. */
	control(path: string): HTMLElement | undefined;
}

/**
 * The body as a form, one control per field (built from the contract). As the reader edits a
 * control or a list, the body shown changes and goes to `edited`; an input that changed no field
 * calls it without one.
 */
export function bodyForm(fieldset: HTMLFieldSetElement, strings: Strings, locale: Locale, edited: (body?: JsonObject) => void): BodyForm {
	const view = fieldset.querySelector<HTMLElement>('.try-it-form')!;
	const controls = [...view.querySelectorAll<HTMLElement>('[data-body]')].filter((element) => !element.matches('fieldset'));
	let body: JsonObject = {};

	const pathOf = (element: HTMLElement) => element.dataset.body!.split('.');
	const field = (path: string) => controls.find((candidate) => candidate.dataset.body === path);

	const showList = (list: HTMLElement, values: Json[]) => {
		const items = list.querySelector('ol')!;
		const name = list.dataset.list!;
		items.replaceChildren(
			...values.slice(0, LIST_SHOWN).map((value, index) => {
				const item = document.createElement('li');
				const input = Object.assign(document.createElement('input'), { value: typeof value === 'string' ? value : JSON.stringify(value), autocomplete: 'off' });
				input.setAttribute('aria-label', `${name} ${strings.item} ${index + 1}`);
				const remove = Object.assign(document.createElement('button'), { type: 'button', className: 'try-it-remove', textContent: '×' });
				remove.setAttribute('aria-label', `${strings.remove}: ${name} ${strings.item} ${index + 1}`);
				item.append(input, remove);
				return item;
			}),
		);
		const more = values.length - LIST_SHOWN;
		list.querySelector('.try-it-more')?.remove();
		if (more > 0) items.after(Object.assign(document.createElement('p'), { className: 'try-it-more', textContent: fill(strings.listMore, { count: more.toLocaleString(locale) }) }));
	};

	/** What a control holds, as the body's value: `undefined` leaves the field out. */
	const valueOf = (control: HTMLElement): Json | undefined => {
		if (control.dataset.list !== undefined) {
			const shown = [...control.querySelectorAll<HTMLInputElement>('li input')].map((input) => input.value);
			const kept = get(body, pathOf(control));
			return [...shown, ...(Array.isArray(kept) ? kept.slice(LIST_SHOWN) : [])];
		}
		const { value } = control as HTMLInputElement;
		if ('json' in control.dataset) {
			if (!value.trim()) return undefined;
			try {
				return JSON.parse(value);
			} catch {
				return value; // Sent as it stands: the API's 400 says what is wrong with it.
			}
		}
		if (control instanceof HTMLSelectElement && value === '') return undefined;
		return value;
	};

	view.addEventListener('input', (event) => {
		const control = (event.target as HTMLElement).closest<HTMLElement>('[data-body]');
		if (!control) return edited();
		set(body, pathOf(control), valueOf(control));
		edited(body);
	});
	// A list's Add and Remove buttons.
	view.addEventListener('click', (event) => {
		const button = (event.target as HTMLElement).closest('button');
		const list = button?.closest<HTMLElement>('[data-list]');
		if (!button || !list) return;
		const adding = button.classList.contains('try-it-add');
		const values = valueOf(list) as string[];
		if (adding) values.splice(Math.min(values.length, LIST_SHOWN), 0, '');
		else values.splice([...list.querySelectorAll('li')].indexOf(button.closest('li')!), 1);
		set(body, pathOf(list), values);
		showList(list, values);
		if (adding) list.querySelectorAll<HTMLInputElement>('li input')[Math.min(values.length, LIST_SHOWN) - 1]?.focus();
		else list.querySelector<HTMLButtonElement>('.try-it-add')!.focus();
		edited(body);
	});

	return {
		show(next) {
			body = next;
			for (const control of controls) {
				const value = get(body, pathOf(control));
				if (control.dataset.list !== undefined) showList(control, Array.isArray(value) ? value : []);
				else if ('json' in control.dataset) (control as HTMLTextAreaElement).value = value === undefined ? '' : JSON.stringify(value, null, 2);
				else (control as HTMLInputElement).value = value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
			}
		},
		field,
		control(path) {
			const segments = path.split('.');
			for (; segments.length; segments.pop()) {
				const control = field(segments.join('.'));
				if (control) return control;
			}
			return undefined;
		},
	};
}
