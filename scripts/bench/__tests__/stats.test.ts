import { describe, expect, it } from 'vitest';
import { blockingTime, longTaskTime, median, medianOfMeasured } from '../stats.ts';

describe('median', () => {
	it('is the middle value, or the mean of the two middle ones, whatever the order', () => {
		expect(median([30, 10, 20])).toBe(20);
		expect(median([40, 10, 30, 20])).toBe(25);
		expect(() => median([])).toThrow(/no values/);
	});

	it('leaves out what a run could not measure', () => {
		expect(medianOfMeasured([null, 5, 7, null, 9])).toBe(7);
		expect(medianOfMeasured([null, null])).toBeNull();
	});
});

describe('total blocking time', () => {
	it('counts each long task beyond 50 ms', () => {
		expect(blockingTime([[100, 120], [400, 51], [600, 50]])).toBe(71);
		expect(blockingTime([])).toBe(0);
	});

	it('after first contentful paint, counts only the part of a task after it', () => {
		// 0–200 ms before FCP at 150: only its last 50 ms are after, which does not block.
		// 300–400 ms: wholly after, 50 ms beyond the threshold.
		expect(blockingTime([[0, 200], [300, 100]], 150)).toBe(50);
		expect(blockingTime([[0, 300]], 100)).toBe(150);
	});
});

describe('time in long tasks', () => {
	it('adds up every long task in full', () => {
		expect(longTaskTime([[100, 120], [400, 51], [600, 50]])).toBe(221);
		expect(longTaskTime([])).toBe(0);
	});
});
