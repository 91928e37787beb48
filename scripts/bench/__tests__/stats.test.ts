import { describe, expect, it } from 'vitest';
import { median } from '../stats.ts';

describe('median', () => {
	it('is the middle value, or the mean of the two middle ones, whatever the order', () => {
		expect(median([30, 10, 20])).toBe(20);
		expect(median([40, 10, 30, 20])).toBe(25);
		expect(() => median([])).toThrow(/no values/);
	});
});
