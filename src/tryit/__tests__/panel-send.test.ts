import { beforeEach, expect, it, vi } from 'vitest';
import { asState, fakePanel, FakeElement } from '../__support__/fake-panel.ts';
import { sendRequests } from '../panel-send.ts';
import { ensureSandbox } from '../sandbox.ts';

// The sandbox's worker, whose start the tests hold or fail: nothing is fetched in them.
vi.mock('../sandbox.ts', () => ({ ensureSandbox: vi.fn() }));
const starting = vi.mocked(ensureSandbox);

/** A panel with Send wired, once its warm-up of the worker is over. */
function sending() {
	const panel = fakePanel();
	const send = (panel.root.found['.try-it-send'] = new FakeElement());
	send.textContent = 'send';
	sendRequests(asState(panel));
	starting.mockClear();
	return { panel, send };
}

const ctrlEnter = () => Object.assign(new Event('keydown', { cancelable: true }), { key: 'Enter', ctrlKey: true });

beforeEach(() => {
	starting.mockReset().mockReturnValue(new Promise(() => {}));
});

it('refuses a live key before anything is sent, and says so where focus goes', () => {
	const { panel } = sending();
	panel.output.textContent = 'an earlier answer';
	panel.type({ params: {} }, 'live_AAAAAAAAAAAAAAAAAAAA');
	panel.form.requestSubmit();
	expect(starting).not.toHaveBeenCalled();
	expect(panel.status.textContent).toBe('liveKey');
	expect(panel.status.dataset.kind).toBe('error');
	expect(panel.status.focused).toBe(1);
	expect(panel.output.textContent).toBe('');
});

it('sends one request at a time: Send and Ctrl+Enter wait while one is on its way', async () => {
	const { panel, send } = sending();
	let fail!: (error: Error) => void;
	starting.mockReturnValueOnce(new Promise((_, reject) => (fail = reject)));
	panel.form.requestSubmit();
	expect(send.disabled).toBe(true);
	expect(send.textContent).toBe('sending');
	expect(panel.root.attributes.get('aria-busy')).toBe('true');

	panel.form.requestSubmit();
	panel.root.dispatchEvent(ctrlEnter());
	expect(starting).toHaveBeenCalledTimes(1);

	fail(new Error('No worker here.'));
	await vi.waitFor(() => expect(send.disabled).toBe(false));
	expect(panel.status.textContent).toBe('noWorker No worker here.');
	expect(send.textContent).toBe('send');
	expect(panel.root.attributes.has('aria-busy')).toBe(false);

	panel.root.dispatchEvent(ctrlEnter());
	expect(starting).toHaveBeenCalledTimes(2);
});
