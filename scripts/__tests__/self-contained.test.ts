import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

/*
 * A clone with nothing beside it must build and pass its tests, so no tracked file may refer to a
 * path that climbs out of the repository or to the folder the project's sources were once kept
 * beside.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
const text = tracked.filter((file) => !/\.(png|jpe?g|gif|ico|woff2?|svg)$/.test(file) && file !== 'package-lock.json');
const relativePath = /(?:\.\.\/)+[\w.@-]*/g;

function outsidePaths(file: string, content: string): string[] {
	const here = dirname(resolve(root, file));
	const found = [...content.matchAll(relativePath)].map(([path]) => path).filter((path) => relative(root, resolve(here, path)).startsWith('..'));
	if (/(^|[^\w.-])shared\/(seed|bench|hooks|CONTRACT)/.test(content)) found.push('shared/');
	return found;
}

it('no tracked file refers to a path outside the repository', () => {
	expect(text.length).toBeGreaterThan(50);
	const offenders = text.flatMap((file) => outsidePaths(file, readFileSync(resolve(root, file), 'utf8')).map((path) => `${file}: ${path}`));
	expect(offenders).toEqual([]);
});

// The paths this test feeds the check are put together from parts, so that this file names none
// itself and is checked like every other.
const climb = (levels: number, ...parts: string[]) => [...Array<string>(levels).fill('..'), ...parts].join('/');

it('the check finds such a path', () => {
	expect(outsidePaths('src/contract/__tests__/x.test.ts', `new URL('${climb(4, 'shared', 'seed', 'x.md')}', import.meta.url)`)).not.toEqual([]);
	expect(outsidePaths('README.md', `see ${climb(1, 'shared', 'CONTRACT.md')}`)).not.toEqual([]);
	expect(outsidePaths('README.md', `see ${['shared', 'CONTRACT.md'].join('/')}`)).not.toEqual([]);
	expect(outsidePaths('src/content/docs/sandbox.mdx', '[errors](../errors/)')).toEqual([]);
	expect(isAbsolute(root)).toBe(true);
});
