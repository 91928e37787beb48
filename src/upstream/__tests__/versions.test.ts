import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expressiveCodeWrittenAgainst } from '../expressive-code.ts';
import { mswWrittenAgainst } from '../msw.ts';
import { pagefindWrittenAgainst } from '../pagefind.ts';
import { starlightWrittenAgainst } from '../starlight.ts';

/** The version npm installed at the project's top level, where the build resolves it from. */
function installed(name: string): string {
	return (JSON.parse(readFileSync(new URL(`../../../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { version: string }).version;
}

describe.each([starlightWrittenAgainst, pagefindWrittenAgainst, mswWrittenAgainst, expressiveCodeWrittenAgainst].flatMap((versions) => Object.entries(versions)))(
	'the adapters written against %s',
	(name, version) => {
		it(`still have ${name}@${version} installed; after an upgrade, check each adapter that names it and update its version`, () => {
			expect(installed(name)).toBe(version);
		});
	},
);
