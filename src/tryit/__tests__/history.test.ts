import { describe, expect, it } from 'vitest';
import { BASE_URL, TEST_KEY } from '../../contract/index.ts';
import { checkedHistory, type HistoryEntry } from '../history.ts';
import { replayScript } from '../replay-script.ts';

const entry: HistoryEntry = {
	at: '2026-01-01T00:00:00.000Z',
	op: 'createTask',
	method: 'POST',
	url: `${BASE_URL}/tasks?api_key=${TEST_KEY}`,
	params: {},
	requestHeaders: { 'Content-Type': 'application/json' },
	body: '{}',
	status: 400,
	statusText: 'Bad Request',
	responseHeaders: [['content-type', 'application/json']],
	responseBody: '{}',
	ms: 4,
};

describe('a history read from storage', () => {
	it('keeps an entry of the shape the panel writes', () => {
		expect(checkedHistory([entry])).toEqual([entry]);
	});

	it.each<[string, Record<string, unknown>]>([
		['a method with a command', { method: 'GET; touch planted;' }],
		['a method the endpoint does not take', { method: 'GET' }],
		['a time with a newline', { at: '2026-01-01T00:00:00.000Z\ntouch planted' }],
		['a time that is not ISO', { at: 'yesterday' }],
		['a status that is not an integer', { status: 200.5 }],
		['a status as text', { status: '200' }],
		['a URL that is not one', { url: 'not a url' }],
		['a URL of another host', { url: 'https://elsewhere.example/v1/tasks' }],
		['a URL outside the API base', { url: 'https://api.workers.ai/v2/tasks' }],
		['a URL with a live key', { url: `${BASE_URL}/tasks?api_key=live_AAAAAAAAAAAAAAAAAAAA` }],
		['a URL with a key of no API shape', { url: `${BASE_URL}/tasks?api_key=test_short` }],
		['an unknown endpoint', { op: 'deleteTask' }],
		['a field more', { shell: 'touch planted' }],
		['headers that are not text', { requestHeaders: { a: 1 } }],
	])('leaves out an entry with %s', (_, patch) => {
		expect(checkedHistory([{ ...entry, ...patch }, entry])).toEqual([entry]);
	});

	it.each(['responseHeaders', 'responseBody', 'url', 'at', 'status'] as const)('leaves out an entry without %s', (field) => {
		const { [field]: _, ...rest } = entry;
		expect(checkedHistory([rest])).toEqual([]);
	});

	it('is none when storage holds no list', () => {
		expect(checkedHistory({ 0: entry })).toEqual([]);
		expect(checkedHistory(null)).toEqual([]);
	});
});

describe('the replay script', () => {
	it('quotes every value it writes, so a body runs nothing', () => {
		const script = replayScript([{ ...entry, body: "it's $(touch a)\n`touch b`" }]);
		expect(script).toContain(`--data-binary 'it'\\''s $(touch a)\n\`touch b\`'`);
		expect(script).toContain("-X 'POST'");
	});

	it('writes a comment on one line whatever it holds', () => {
		const script = replayScript([{ ...entry, at: '2026\ntouch planted' }]);
		expect(script.split('\n').filter((line) => line.startsWith('touch'))).toEqual([]);
	});
});
