import type { Locale } from '../contract/index.ts';
import { panelFor } from './panel.ts';
import { panelStrings } from './panel-strings.ts';
import { readShareFragment, type ShareRefusal } from './share.ts';
import type { Strings } from './strings.ts';

const refusals: Record<ShareRefusal, keyof Strings> = {
	corrupt: 'linkCorrupt',
	newer: 'linkNewer',
	tooLarge: 'linkTooLarge',
	liveKey: 'linkLiveKey',
	otherKey: 'linkOtherKey',
	unknown: 'linkUnknown',
};

/** Says why a link was not opened, at the top of the page, which works on as if it had none. */
function refuse(message: string): void {
	const notice = Object.assign(document.createElement('p'), { className: 'try-it-link-notice', textContent: message });
	notice.setAttribute('role', 'alert');
	document.querySelector('main .sl-markdown-content')?.prepend(notice);
}

/** Opens the panel a `#try=…` link names and fills it with the request the link carries: nothing is sent. */
export async function openSharedLink(fragment: string): Promise<void> {
	document.querySelector('.try-it-link-notice')?.remove();
	// Read once: a reload or Back then finds the reader's own edits (kept as a draft), not the link again.
	history.replaceState(history.state, '', location.pathname + location.search);
	const [strings, read] = await Promise.all([panelStrings(document.querySelector<HTMLElement>('try-it')!.dataset.locale as Locale), readShareFragment(fragment)]);
	if (!read.ok) return refuse(strings[refusals[read.why]]);
	const panel = await panelFor(read.request.op);
	if (!panel) return refuse(strings.linkUnknown);
	panel.fill(read.request, strings.linkOpened);
}
