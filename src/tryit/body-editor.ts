import type { Locale } from '../contract/index.ts';
import { MAX_BODY_DEPTH } from '../sandbox/config.ts';
import { jsonDepth, validateSandboxBody } from '../sandbox/validate.ts';
import { jsonSyntaxError } from './json-syntax.ts';
import { fill, type Strings } from './strings.ts';

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (value: Json): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

// A list shows this many items in the form; a longer one is edited as JSON (it still round-trips).
const LIST_SHOWN = 100;

function get(object: JsonObject, path: string[]): Json {
	return path.reduce<Json>((value, key) => (isObject(value) ? value[key] : undefined), object);
}

function set(object: JsonObject, path: string[], value: Json | undefined): void {
	const parent = path.slice(0, -1).reduce<JsonObject>((node, key) => {
		if (!isObject(node[key])) node[key] = {};
		return node[key] as JsonObject;
	}, object);
	const last = path.at(-1)!;
	if (value === undefined) delete parent[last];
	else parent[last] = value;
}

export interface BodyEditor {
	/** The body as it will be sent: the JSON text, whatever it holds. */
	text(): string;
	/** Puts a body in, from a link or the history; the form follows when the text is a JSON object. */
	load(text: string): void;
	/** The control of a field named by a field error's path (`params.categories.1`), if the form has one. */
	control(path: string): HTMLElement | undefined;
}

/**
 * The request body of a Try it panel: a form with one control per field (built from the contract),
 * and the same body as JSON text. The text is what is sent; the form reads and writes it, and the
 * two stay in step both ways. Text that is not JSON keeps the JSON view and never loses a character.
 */
export function mountBodyEditor(fieldset: HTMLFieldSetElement, strings: Strings, locale: Locale, changed: () => void): BodyEditor {
	const textarea = fieldset.querySelector<HTMLTextAreaElement>('textarea[name="body"]')!;
	const formView = fieldset.querySelector<HTMLElement>('.try-it-form')!;
	const jsonView = fieldset.querySelector<HTMLElement>('.try-it-json')!;
	const modes = [...fieldset.querySelectorAll<HTMLButtonElement>('[data-mode]')];
	const controls = [...formView.querySelectorAll<HTMLElement>('[data-body]')].filter((element) => !element.matches('fieldset'));
	const rules = new Map([...fieldset.querySelectorAll<HTMLElement>('[data-rule]')].map((rule) => [rule.dataset.rule!, rule]));
	let draft: JsonObject = {};
	let mode: 'form' | 'json' = 'form';

	const pathOf = (element: HTMLElement) => element.dataset.body!.split('.');

	/** The draft's values shown in the form's controls. */
	const showDraft = () => {
		for (const control of controls) {
			const value = get(draft, pathOf(control));
			if (control.dataset.list !== undefined) showList(control, Array.isArray(value) ? value : []);
			else if ('json' in control.dataset) (control as HTMLTextAreaElement).value = value === undefined ? '' : JSON.stringify(value, null, 2);
			else (control as HTMLInputElement).value = value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
		}
	};

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
			const kept = get(draft, pathOf(control));
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

	const fromForm = (control: HTMLElement) => {
		set(draft, pathOf(control), valueOf(control));
		textarea.value = JSON.stringify(draft, null, 2);
	};

	const say = (path: string, messages: string[]) => {
		const rule = rules.get(path)!;
		rule.textContent = messages.join(' ');
		const control = controls.find((candidate) => candidate.dataset.body === path);
		if (control) control.toggleAttribute('aria-invalid', messages.length > 0);
	};

	/** Checks the body against the contract's rules and shows each broken rule beside its control. */
	const check = () => {
		const found = new Map<string, string[]>([...rules.keys()].map((path) => [path, []]));
		const syntax = jsonSyntaxError(textarea.value);
		const result = syntax ? undefined : validateSandboxBody(textarea.value, locale);
		if (syntax) found.get('')!.push(fill(strings.jsonError, { ...syntax }));
		for (const field of result && !result.ok ? result.fields : []) {
			// A field's rule stands at its own control, else at the nearest enclosing one, else under the body.
			const segments = field.path.split('.');
			while (segments.length && !found.has(segments.join('.'))) segments.pop();
			found.get(segments.join('.'))!.push(segments.length ? field.message : `${field.path}: ${field.message}`);
		}
		for (const [path, messages] of found) say(path, messages);
	};

	/** Takes text that is a JSON object as the draft, shown in the form; else says why the form cannot show it. */
	const adopt = (text: string): true | 'notJson' | 'notObject' | 'tooDeep' => {
		let parsed: Json;
		try {
			parsed = JSON.parse(text);
		} catch {
			return 'notJson';
		}
		if (!isObject(parsed)) return 'notObject';
		if (jsonDepth(parsed) > MAX_BODY_DEPTH) return 'tooDeep';
		draft = parsed;
		showDraft();
		return true;
	};

	const editor: BodyEditor = {
		text: () => textarea.value,
		load(text) {
			textarea.value = text;
			show(adopt(text) === true ? mode : 'json');
			check();
		},
		control(path) {
			const segments = path.split('.');
			while (segments.length) {
				const control = controls.find((candidate) => candidate.dataset.body === segments.join('.'));
				if (control) return control;
				segments.pop();
			}
			return undefined;
		},
	};

	function show(next: 'form' | 'json') {
		mode = next;
		formView.hidden = next !== 'form';
		jsonView.hidden = next !== 'json';
		for (const button of modes) button.setAttribute('aria-pressed', String(button.dataset.mode === next));
	}

	for (const button of modes) {
		button.addEventListener('click', () => {
			const wanted = button.dataset.mode as 'form' | 'json';
			// The form shows a JSON object only: any other text keeps the JSON view, and says why.
			const refused = wanted === 'form' ? adopt(textarea.value) : true;
			show(refused === true ? wanted : 'json');
			check();
			// The form was asked for and the text cannot be one: say why beside the text (a body too
			// deep keeps the rule the check has just put there).
			const syntax = refused === 'notJson' && jsonSyntaxError(textarea.value);
			if (syntax) rules.get('')!.textContent = fill(strings.jsonError, { ...syntax });
			else if (refused === 'notJson' || refused === 'notObject') rules.get('')!.textContent = strings.formNeedsObject;
		});
	}

	formView.addEventListener('input', (event) => {
		const control = (event.target as HTMLElement).closest<HTMLElement>('[data-body]');
		if (control) fromForm(control);
		check();
		changed();
	});
	formView.addEventListener('click', (event) => {
		const button = (event.target as HTMLElement).closest('button');
		const list = button?.closest<HTMLElement>('[data-list]');
		if (!button || !list) return;
		const values = valueOf(list) as string[];
		if (button.classList.contains('try-it-add')) values.splice(Math.min(values.length, LIST_SHOWN), 0, '');
		else values.splice([...list.querySelectorAll('li')].indexOf(button.closest('li')!), 1);
		set(draft, pathOf(list), values);
		showList(list, values);
		textarea.value = JSON.stringify(draft, null, 2);
		if (button.classList.contains('try-it-add')) list.querySelectorAll<HTMLInputElement>('li input')[Math.min(values.length, LIST_SHOWN) - 1]?.focus();
		else list.querySelector<HTMLButtonElement>('.try-it-add')!.focus();
		check();
		changed();
	});
	textarea.addEventListener('input', () => {
		check();
		changed();
	});

	editor.load(textarea.value);
	// The form is shown disabled until now: typing into its empty controls before they held the
	// example would have been overwritten by it.
	fieldset.disabled = false;
	return editor;
}
