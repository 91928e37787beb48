import type { Locator } from '@playwright/test';
import { endpointById, type Endpoint } from '../contract/index.ts';
import { formFields, type FormField } from '../reference/form-fields.ts';
import en from '../content/i18n/en.json' with { type: 'json' };
import ko from '../content/i18n/ko.json' with { type: 'json' };
import { expect, locales, test } from './fixtures.ts';

const optional = { en: en['ref.optional'], ko: ko['ref.optional'] };
const flatten = (fields: FormField[]): FormField[] => fields.flatMap((field) => [field, ...(field.control.kind === 'group' ? flatten(field.control.fields) : [])]);

// How the accessibility tree names what a reader can operate or that holds controls.
const ROLE: Record<FormField['control']['kind'], 'combobox' | 'textbox' | 'group'> = { select: 'combobox', url: 'textbox', text: 'textbox', json: 'textbox', list: 'group', group: 'group' };
const OPERABLE = new Set(['button', 'checkbox', 'combobox', 'group', 'radio', 'searchbox', 'spinbutton', 'switch', 'textbox']);

/** Every control and group of a form as the accessibility tree gives them: role and name. */
async function namedControls(form: Locator): Promise<{ role: string; name: string }[]> {
	const snapshot = await form.ariaSnapshot();
	// YAML quotes a line whose name holds a colon: `- 'button "Remove: item 1"': ×`.
	return [...snapshot.matchAll(/^\s*- '?(\w+)(?: "((?:[^"\\]|\\.)*)")?/gm)]
		.filter(([, role]) => OPERABLE.has(role!))
		.map(([, role, name]) => ({ role: role!, name: name === undefined ? '' : (JSON.parse(`"${name}"`) as string) }));
}

for (const { prefix, lang } of locales) {
	test(`every control and group of the Try it forms has a name of its own, spaced as a screen reader reads it (/${prefix}tasks/)`, async ({ page }) => {
		await page.goto(`${prefix}tasks/`);
		const panels = await page.locator('try-it').all();
		expect(panels.length).toBeGreaterThan(0);
		for (const panel of panels) {
			await panel.locator('summary').first().click();
			await expect(panel).toHaveAttribute('data-ready', '');
			const form = panel.locator('form');
			const endpoint = endpointById((await panel.getAttribute('data-operation')) as Endpoint['id']);
			// Each field of the body by its exact name: the field's, then "optional" as a word of its own.
			for (const field of flatten(endpoint.body ? formFields(endpoint.body, lang) : [])) {
				const name = field.required || field.control.kind === 'group' ? field.name : `${field.name} ${optional[lang]}`;
				await expect(form.getByRole(ROLE[field.control.kind], { name, exact: true }), `${endpoint.id}: ${field.path}`).toHaveCount(1);
			}
			const controls = await namedControls(form);
			expect(controls.length).toBeGreaterThan(3);
			expect(controls.filter(({ name }) => !name.trim()), `${endpoint.id}: controls without a name`).toEqual([]);
			const names = controls.map(({ role, name }) => `${role} "${name}"`);
			expect(names.filter((name, index) => names.indexOf(name) !== index), `${endpoint.id}: names given twice`).toEqual([]);
		}
	});
}
