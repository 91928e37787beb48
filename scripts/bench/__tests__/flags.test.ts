import { describe, expect, it } from 'vitest';
import { FlagError, parseFlags } from '../flags.ts';

const sections = (args: string[]) =>
	Object.entries(parseFlags(args))
		.filter(([, on]) => on)
		.map(([name]) => name);

describe('npm run bench flags', () => {
	it('runs every section by default, and only the server for --server', () => {
		expect(sections([])).toEqual(['weight', 'tryIt', 'server']);
		expect(sections(['--server'])).toEqual(['server']);
	});

	it('refuses what it does not know, with a message naming it', () => {
		expect(() => parseFlags(['--fast'])).toThrow(new FlagError('unknown argument "--fast"'));
		expect(() => parseFlags(['server'])).toThrow(/unknown argument "server"/);
	});
});
