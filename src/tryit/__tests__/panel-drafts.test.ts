import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { keepDraft, readDraft } from '../draft.ts';
import { keepDrafts } from '../panel-drafts.ts';
import { asState, fakePanel, MemoryStorage } from '../__support__/fake-panel.ts';

const page = new EventTarget();
const edited = { params: {}, body: '{"task_type": "transcription"}' };

beforeEach(() => {
	vi.useFakeTimers();
	vi.stubGlobal('window', { sessionStorage: new MemoryStorage() });
	vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

it('keeps what the reader typed a moment after they stop, and no draft once it is the example again', () => {
	const panel = fakePanel();
	keepDrafts(asState(panel));
	panel.type(edited);
	vi.runAllTimers();
	expect(readDraft('createTask')).toEqual(edited);
	const { key: _, ...example } = panel.example;
	panel.type(example);
	vi.runAllTimers();
	expect(readDraft('createTask')).toBeUndefined();
});

it('keeps a draft still waiting when the page goes', () => {
	const panel = fakePanel();
	keepDrafts(asState(panel));
	panel.type(edited);
	page.dispatchEvent(new Event('pagehide'));
	expect(readDraft('createTask')).toEqual(edited);
});

it('brings the kept draft back, saying so, with a button back to the example', () => {
	keepDraft('createTask', { ...edited, key: 'test_AAAAAAAAAAAAAAAAAAAA' });
	const panel = fakePanel();
	keepDrafts(asState(panel));
	expect(panel.current()).toEqual({ key: 'test_AAAAAAAAAAAAAAAAAAAA', ...edited });
	expect(panel.notice.textContent).toBe('draftRestored draftRestart');

	panel.notice.buttons()[0]!.click();
	expect(panel.isExample(panel.current())).toBe(true);
	expect(panel.notice.textContent).toBe('');
	expect(panel.form.focused).toBe(1);
});

it('forgets a draft that cannot be put back, and opens the panel as it was', () => {
	keepDraft('createTask', edited);
	const panel = fakePanel();
	panel.putFails = true;
	keepDrafts(asState(panel));
	expect(readDraft('createTask')).toBeUndefined();
	expect(panel.notice.textContent).toBe('');
});

it('says nothing where the session kept no draft', () => {
	const panel = fakePanel();
	keepDrafts(asState(panel));
	expect(panel.isExample(panel.current())).toBe(true);
	expect(panel.notice.textContent).toBe('');
});
