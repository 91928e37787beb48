import type { Draft } from './draft.ts';
import type { Drafts } from './panel-drafts.ts';
import type { PanelState } from './panel-state.ts';

/** What another part of the page may do with a mounted panel. */
export interface Panel {
	/** Fills the panel with a request (from a link or the history), saying `message`: it is not sent. What it replaced can be put back. */
	fill(request: Draft, message?: string): void;
}

export function fillablePanel(state: PanelState, drafts: Drafts): Panel {
	const { root, strings, notice } = state;
	return {
		fill(request, message = '') {
			// A draft the reader was working on is one step away, not lost.
			const before = state.current();
			const replaced = !state.isExample(before);
			state.put(request);
			drafts.save();
			notice.replaceChildren(message);
			notice.dataset.kind = 'info';
			if (replaced && JSON.stringify(state.current()) !== JSON.stringify(before)) {
				const back = state.noticeButton(strings.draftBack, () => {
					state.put({ ...before, key: before.key ?? state.example.key });
					drafts.save();
					notice.replaceChildren();
					state.focusForm();
				});
				notice.append(message ? ' ' : '', back);
			}
			root.scrollIntoView({ block: 'start' });
			state.focusForm({ preventScroll: true });
		},
	};
}
