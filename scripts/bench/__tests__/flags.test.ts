import { describe, expect, it } from 'vitest';
import { DEFAULT_RUNS, FlagError, parseFlags } from '../flags.ts';

const sections = (args: string[]) => {
	const { runs: _runs, baseline: _baseline, ...plan } = parseFlags(args);
	return Object.entries(plan)
		.filter(([, on]) => on)
		.map(([name]) => name);
};

describe('npm run bench flags', () => {
	it('runs every section but the peers by default', () => {
		expect(sections([])).toEqual(['tryIt', 'render', 'server']);
		expect(parseFlags([]).runs).toBe(DEFAULT_RUNS);
	});

	it('runs one section for --server and --render, and the render section with the peers for --peers', () => {
		expect(sections(['--server'])).toEqual(['server']);
		expect(sections(['--try-it'])).toEqual(['tryIt']);
		expect(sections(['--lighthouse'])).toEqual(['lighthouse']);
		expect(sections(['--lighthouse', '--render'])).toEqual(['lighthouse', 'render']);
		expect(sections(['--render'])).toEqual(['render']);
		expect(sections(['--peers'])).toEqual(['render', 'peers']);
		expect(sections(['--render', '--peers'])).toEqual(['render', 'peers']);
	});

	it('takes the number of render runs in either form', () => {
		expect(parseFlags(['--render', '--runs', '9']).runs).toBe(9);
		expect(parseFlags(['--runs=3']).runs).toBe(3);
	});

	it('takes the directory of a build to compare with, for the render section only', () => {
		expect(parseFlags(['--peers', '--baseline', 'tmp/ab/main']).baseline).toBe('tmp/ab/main');
		expect(parseFlags(['--render', '--baseline=tmp/a']).baseline).toBe('tmp/a');
		expect(parseFlags(['--render']).baseline).toBeNull();
		expect(() => parseFlags(['--render', '--baseline'])).toThrow(/--baseline needs the directory.*got nothing/);
		expect(() => parseFlags(['--render', '--baseline', '--peers'])).toThrow(/got "--peers"/);
		expect(() => parseFlags(['--baseline', 'tmp/a'])).toThrow(/with --render or --peers/);
		expect(() => parseFlags(['--server', '--baseline', 'tmp/a'])).toThrow(/does not combine|with --render or --peers/);
	});

	it('refuses what it does not know, with a message naming it', () => {
		expect(() => parseFlags(['--fast'])).toThrow(new FlagError('unknown argument "--fast"'));
		expect(() => parseFlags(['render'])).toThrow(/unknown argument "render"/);
		expect(() => parseFlags(['--runs'])).toThrow(/--runs needs a whole number.*got nothing/);
		expect(() => parseFlags(['--runs', '0'])).toThrow(/got "0"/);
		expect(() => parseFlags(['--runs', 'five'])).toThrow(/got "five"/);
		expect(() => parseFlags(['--server', '--render'])).toThrow(/does not combine/);
		expect(() => parseFlags(['--server', '--lighthouse'])).toThrow(/does not combine/);
		expect(() => parseFlags(['--server', '--runs', '3'])).toThrow(/--runs applies to the render section/);
	});
});
