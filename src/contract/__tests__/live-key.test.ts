import { expect, it } from 'vitest';
import { TEST_KEY, isLiveKey, typedKey } from '../keys.ts';

const live = 'live_AAAAAAAAAAAAAAAAAAAA';

it.each([
	['as it is', live],
	['behind a zero-width space', `\u200B${live}`],
	['behind a word joiner', `\u2060${live}`],
	['behind a byte-order mark', `\uFEFF${live}`],
	['split by a direction mark', `li\u200Eve_AAAAAAAAAAAAAAAAAAAA`],
	['behind spaces and a tab', ` \t${live}`],
	['after another key', `${TEST_KEY} ${live}`],
	['in capitals', live.toUpperCase()],
	['cut short', 'live_AB'],
])('a live key %s is one', (_, text) => expect(isLiveKey(text)).toBe(true));

it.each([TEST_KEY, 'test_short', '', 'olive'])('%j holds no live key', (text) => expect(isLiveKey(text)).toBe(false));

it('a key as typed loses what a paste brings along unseen, and nothing else', () => {
	expect(typedKey(`\u200B ${TEST_KEY}\u2060\n`)).toBe(TEST_KEY);
});
