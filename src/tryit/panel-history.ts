import { typedKey } from '../contract/index.ts';
import { exportHistory, showHistory } from './history-view.ts';
import type { HistoryEntry } from './history.ts';
import type { PanelState } from './panel-state.ts';

const HISTORY_CHANGED = 'try-it:history';

/** Tells every panel of the page that the session's one history has grown. */
export function historyChanged(): void {
	document.dispatchEvent(new CustomEvent(HISTORY_CHANGED));
}

/**
 * The history of the key the form holds, shown now and again whenever the key or the history
 * changes, and its exports; choosing a request hands it to `pick`.
 */
export function showPanelHistory(state: PanelState, pick: (entry: HistoryEntry) => void): void {
	const { root, form, keyInput, strings } = state;
	const historyList = root.querySelector<HTMLOListElement>('.try-it-history-list')!;
	const show = () => showHistory(historyList, typedKey(keyInput.value), strings, pick);
	form.addEventListener('input', (event) => event.target === keyInput && show());
	for (const button of root.querySelectorAll<HTMLButtonElement>('.try-it-export')) {
		button.addEventListener('click', () => exportHistory(button.dataset.format as 'har' | 'curl', typedKey(keyInput.value)));
	}
	show();
	document.addEventListener(HISTORY_CHANGED, show);
}
