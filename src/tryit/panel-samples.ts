import { renderSample, type SampleLanguage } from '../samples/index.ts';
import { panelRequest } from './panel-request.ts';
import type { PanelState } from './panel-state.ts';

/** The samples write out the request as the reader types it, and each copies. */
export function followSamples(state: PanelState): void {
	const { root, endpoint, strings, notice } = state;
	const show = () => {
		const { sample } = panelRequest(endpoint, state.read());
		for (const code of root.querySelectorAll<HTMLElement>('.try-it-sample pre')) {
			code.firstElementChild!.textContent = renderSample(code.dataset.language as SampleLanguage, sample);
		}
	};
	state.onChange(show);
	show();

	for (const button of root.querySelectorAll<HTMLButtonElement>('.try-it-copy')) {
		button.addEventListener('click', async () => {
			const pre = button.parentElement!.querySelector('pre')!;
			try {
				await navigator.clipboard.writeText(pre.textContent ?? '');
			} catch {
				// The code is selected instead, so that the keyboard's copy takes it at once.
				getSelection()?.selectAllChildren(pre);
				notice.textContent = strings.copyFailed;
				notice.dataset.kind = 'error';
				return;
			}
			button.textContent = strings.copied;
			setTimeout(() => (button.textContent = strings.copy), 1500);
		});
	}
}
