import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import en from '../../content/i18n/en.json';
import ko from '../../content/i18n/ko.json';
import { panelStringKeys } from '../../tryit/strings.ts';

const src = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name.startsWith('__') || entry.name === 'i18n' ? [] : sources(path);
		return /\.(astro|ts|mdx)$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
	});
}

it('both locales have the same strings', () => {
	expect(Object.keys(ko).toSorted()).toEqual(Object.keys(en).toSorted());
});

it('every string of our components is used', () => {
	const code = sources(src).join('\n');
	// The panel's browser strings are handed over by key: `tryit.${key}`.
	const handedOver = new Set(panelStringKeys.map((key) => `tryit.${key}`));
	// Starlight hands Expressive Code's strings to it itself. English must say them: where a locale
	// lacks one, Starlight falls back to the default locale, Korean.
	const starlights = (key: string) => key.startsWith('expressiveCode.');
	const unused = Object.keys(en).filter((key) => !handedOver.has(key) && !starlights(key) && !code.includes(`'${key}'`));
	expect(unused).toEqual([]);
});
