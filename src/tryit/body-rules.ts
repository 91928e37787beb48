import type { Locale } from '../contract/index.ts';
import { validateSandboxBody } from '../sandbox/validate.ts';
import type { NotAnObject } from './body-json.ts';
import { jsonSyntaxError } from './json-syntax.ts';
import { fill, type Strings } from './strings.ts';

/**
 * The messages of the contract's rules a body breaks, by the place each is shown: a field's rule
 * at its own place, else at its nearest enclosing field's, else under the body (`''`, named there).
 */
export function brokenRules(text: string, places: Iterable<string>, strings: Strings, locale: Locale): Map<string, string[]> {
	const found = new Map<string, string[]>([...places].map((path) => [path, []]));
	const syntax = jsonSyntaxError(text);
	const result = syntax ? undefined : validateSandboxBody(text, locale);
	if (syntax) found.get('')!.push(fill(strings.jsonError, { ...syntax }));
	for (const field of result && !result.ok ? result.fields : []) {
		const segments = field.path.split('.');
		while (segments.length && !found.has(segments.join('.'))) segments.pop();
		found.get(segments.join('.'))!.push(segments.length ? field.message : `${field.path}: ${field.message}`);
	}
	return found;
}

export interface BodyRules {
	/** Shows each rule the body breaks beside its control, and marks the control invalid. */
	check(text: string): void;
	/** Says under the body why the form cannot show it. */
	refuse(why: NotAnObject, text: string): void;
}

export function bodyRules(fieldset: HTMLFieldSetElement, strings: Strings, locale: Locale, field: (path: string) => HTMLElement | undefined): BodyRules {
	const rules = new Map([...fieldset.querySelectorAll<HTMLElement>('[data-rule]')].map((rule) => [rule.dataset.rule!, rule]));
	const underBody = rules.get('')!;
	return {
		check(text) {
			for (const [path, messages] of brokenRules(text, rules.keys(), strings, locale)) {
				rules.get(path)!.textContent = messages.join(' ');
				field(path)?.toggleAttribute('aria-invalid', messages.length > 0);
			}
		},
		refuse(why, text) {
			// A body too deep keeps the rule the check puts there.
			const syntax = why === 'notJson' && jsonSyntaxError(text);
			if (syntax) underBody.textContent = fill(strings.jsonError, { ...syntax });
			else if (why !== 'tooDeep') underBody.textContent = strings.formNeedsObject;
		},
	};
}
