import type { Locale } from '../contract/index.ts';
import { loadOnce } from './load-once.ts';
import { panelStrings } from './panel-strings.ts';
import { SHARE_PREFIX } from './share-prefix.ts';

// Until a reader opens a panel, a page carries just this element and its template; the panel's
// code (MSW, the handlers, the highlighter) loads then. A link that carries a request (`#try=…`)
// loads it at once, to open its panel.
class TryIt extends HTMLElement {
	connectedCallback() {
		const details = this.querySelector('details')!;
		// A panel is wired once, by code that did arrive; code that failed to is said so.
		const wired = loadOnce(
			() => Promise.all([import('./panel.ts'), panelStrings(this.dataset.locale as Locale)]).then(([{ mountPanel }, strings]) => mountPanel(this, strings)),
			() => {
				// Said in the page's own words: the strings may not have arrived either.
				const notice = this.querySelector<HTMLElement>('.try-it-notice')!;
				notice.textContent = this.dataset.loadFailed!;
				notice.dataset.kind = 'error';
			},
		);
		const load = () => {
			const template = details.querySelector('template');
			if (template) details.append(template.content), template.remove();
			return wired();
		};
		const tryLoad = () => load().catch(() => {});
		this.addEventListener('toggle', tryLoad, { capture: true });
		this.addEventListener('focusin', tryLoad);
		// A Send before the panel is wired must not submit the form natively: that would put the
		// key into a URL. It waits for the panel instead.
		this.addEventListener('submit', (event) => {
			if ('ready' in this.dataset) return;
			event.preventDefault();
			const form = event.target as HTMLFormElement;
			load().then(() => form.requestSubmit(), () => {});
		});
		// Nor is a click on one of its buttons lost: it is played again once the panel is wired.
		this.addEventListener('click', (event) => {
			const button = (event.target as Element).closest('button[type="button"]');
			if ('ready' in this.dataset || !button) return;
			load().then(() => (button as HTMLButtonElement).click(), () => {});
		});
		if (this === document.querySelector('try-it')) {
			const openLink = () => location.hash.startsWith(SHARE_PREFIX) && import('./shared-link.ts').then(({ openSharedLink }) => openSharedLink(location.hash)).catch(() => {});
			openLink();
			// A link pasted into the address bar of a page already open is read as well.
			addEventListener('hashchange', openLink);
		}
	}
}
customElements.define('try-it', TryIt);
