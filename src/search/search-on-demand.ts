/**
 * Wraps Starlight's own <site-search> and mends two things from outside it.
 *
 * Its button is named by an aria-label ("Search") while it shows "Search Ctrl K", which axe's
 * label-content-name-mismatch rule reports. Without the label the button is named by what it shows,
 * so the name follows Starlight's inline script when it turns Ctrl into ⌘ on Apple platforms; where
 * only the icon shows, a visually hidden copy of the label names it.
 *
 * `wanted` settles the first time a reader reaches for search: Pagefind's UI is built only then
 * (see pagefind-on-demand.ts).
 */
import { SEARCH_BUTTON_SELECTOR, SEARCH_BUTTON_SHOWN_LABEL_SELECTOR, VISUALLY_HIDDEN_BELOW_MEDIUM } from '../upstream/starlight.ts';

export class SearchOnDemand extends HTMLElement {
	#want!: () => void;
	readonly wanted = new Promise<void>((resolve) => (this.#want = resolve));

	connectedCallback() {
		const button = this.querySelector(SEARCH_BUTTON_SELECTOR);
		const label = button?.getAttribute('aria-label');
		const shown = button?.querySelector(SEARCH_BUTTON_SHOWN_LABEL_SELECTOR);
		// Markup unlike Starlight 0.42's: leave it be, and let search load as Starlight would.
		if (!button || !label || !shown) return this.#want();
		button.removeAttribute('aria-label');
		shown.removeAttribute('aria-hidden');
		const iconOnly = document.createElement('span');
		iconOnly.className = VISUALLY_HIDDEN_BELOW_MEDIUM;
		iconOnly.textContent = label;
		// Before the shown label, not after the shortcut: Starlight's style pushes its last child to the end.
		shown.before(iconOnly);

		const want = () => this.#want();
		for (const type of ['pointerenter', 'focus', 'click']) button.addEventListener(type, want, { once: true });
		addEventListener('keydown', (event) => {
			if ((event.ctrlKey || event.metaKey) && event.key === 'k') want();
		});
		// Starlight's script, which runs first, enables the button and Ctrl+K: a reader quick enough
		// may have opened the dialog before these listeners were there.
		if (this.querySelector('dialog')?.open) want();
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'search-on-demand': SearchOnDemand;
	}
}

customElements.define('search-on-demand', SearchOnDemand);
