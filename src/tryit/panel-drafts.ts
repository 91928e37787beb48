import { keepDraft, readDraft } from './draft.ts';
import type { PanelState } from './panel-state.ts';

export interface Drafts {
	/** Keeps what the form holds now, rather than a moment later. */
	save(): void;
}

/**
 * What the reader types is kept for the tab's session, a moment after they stop and when the page
 * goes; the draft the session kept comes back now, with a way back to the example.
 */
export function keepDrafts(state: PanelState): Drafts {
	const op = state.endpoint.id;
	let saving: ReturnType<typeof setTimeout> | undefined;
	const save = () => {
		clearTimeout(saving);
		const draft = state.current();
		keepDraft(op, state.isExample(draft) ? undefined : draft);
	};
	state.onChange(() => {
		clearTimeout(saving);
		saving = setTimeout(save, 300);
	});
	addEventListener('pagehide', () => saving !== undefined && save());
	restore(state);
	return { save };
}

// One that cannot be put back is forgotten, rather than failing every later opening.
function restore(state: PanelState): void {
	const { endpoint, strings, notice } = state;
	const draft = readDraft(endpoint.id);
	if (!draft) return;
	try {
		state.put(draft);
	} catch {
		keepDraft(endpoint.id, undefined);
		return;
	}
	const restart = state.noticeButton(strings.draftRestart, () => {
		state.put(state.example);
		notice.textContent = '';
		state.focusForm();
	});
	notice.replaceChildren(`${strings.draftRestored} `, restart);
	notice.dataset.kind = 'info';
}
