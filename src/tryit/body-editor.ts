import type { Locale } from '../contract/index.ts';
import { bodyForm } from './body-form.ts';
import { readObject, type NotAnObject } from './body-json.ts';
import { bodyRules } from './body-rules.ts';
import type { Strings } from './strings.ts';

type View = 'form' | 'json';

export interface BodyEditor {
	/** The body as it will be sent: the JSON text, whatever it holds. */
	text(): string;
	/** Puts a body in, from a link or the history; the form follows when the text is a JSON object. */
	load(text: string): void;
	/** The control of a field named by a field error's path (`params.categories.1`), if the form has one. */
	control(path: string): HTMLElement | undefined;
}

/**
 * The request body of a Try it panel: a form with one control per field, and the same body as JSON
 * text. The text is what is sent; the form writes it as the reader edits a field, and reads it when
 * it is shown. Text that is not a JSON object keeps the JSON view and never loses a character.
 */
export function mountBodyEditor(fieldset: HTMLFieldSetElement, strings: Strings, locale: Locale, changed: () => void): BodyEditor {
	const textarea = fieldset.querySelector<HTMLTextAreaElement>('textarea[name="body"]')!;
	const form = bodyForm(fieldset, strings, locale, (body) => {
		if (body) textarea.value = JSON.stringify(body, null, 2);
		rules.check(textarea.value);
		changed();
	});
	const rules = bodyRules(fieldset, strings, locale, form.field);
	/** Shows a text that is a JSON object in the form; else says why the form cannot show it. */
	const adopt = (text: string): NotAnObject | undefined => {
		const body = readObject(text);
		if (typeof body === 'string') return body;
		form.show(body);
		return undefined;
	};
	// Two views of the body, one shown at a time with its button pressed.
	const views = { form: fieldset.querySelector<HTMLElement>('.try-it-form')!, json: fieldset.querySelector<HTMLElement>('.try-it-json')! };
	const buttons = [...fieldset.querySelectorAll<HTMLButtonElement>('[data-mode]')];
	let shown: View = 'form';
	const show = (view: View) => {
		shown = view;
		views.form.hidden = view !== 'form';
		views.json.hidden = view !== 'json';
		for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.mode === view));
	};
	for (const button of buttons) {
		button.addEventListener('click', () => {
			const wanted = button.dataset.mode as View;
			// The form shows a JSON object only: any other text keeps the JSON view, and says why.
			const refused = wanted === 'form' ? adopt(textarea.value) : undefined;
			show(refused ? 'json' : wanted);
			rules.check(textarea.value);
			if (refused) rules.refuse(refused, textarea.value);
		});
	}
	textarea.addEventListener('input', () => {
		rules.check(textarea.value);
		changed();
	});

	const editor: BodyEditor = {
		text: () => textarea.value,
		load(text) {
			textarea.value = text;
			show(adopt(text) ? 'json' : shown);
			rules.check(text);
		},
		control: form.control,
	};
	editor.load(textarea.value);
	// The form is shown disabled until now: typing into its empty controls before they held the
	// example would have been overwritten by it.
	fieldset.disabled = false;
	return editor;
}
