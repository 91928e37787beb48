import { typedKey } from '../contract/index.ts';
import { renderCallbacks } from './answer.ts';
import type { PanelState } from './panel-state.ts';
import { ensureSandbox } from './sandbox.ts';
import { shareFragment } from './share.ts';
import { fill } from './strings.ts';

/** The buttons beside Send: Reset empties the sandbox of the key; Copy link copies the request, without its key. */
export function panelActions(state: PanelState): void {
	const { endpoint, strings, notice } = state;

	state.root.querySelector('.try-it-reset')!.addEventListener('click', async () => {
		const key = typedKey(state.read().apiKey);
		try {
			const store = await ensureSandbox();
			store.reset(key);
			state.output.replaceChildren();
			await renderCallbacks(state.callbacks, [], strings);
			state.say(strings.resetDone, 'info');
		} catch (error) {
			state.say(`${strings.noWorker} ${(error as Error).message}`, 'error');
		}
	});

	state.root.querySelector('.try-it-share')!.addEventListener('click', async () => {
		const { key, ...draft } = state.current();
		const link = new URL(location.href);
		link.hash = await shareFragment({ op: endpoint.id, ...draft });
		try {
			await navigator.clipboard.writeText(link.href);
			notice.textContent = strings.linkCopied;
		} catch {
			notice.textContent = fill(strings.linkNotCopied, { link: link.href });
		}
	});
}
