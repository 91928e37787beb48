/**
 * Stands in for '@pagefind/default-ui' (astro.config.mjs aliases the package name to this file).
 * Starlight's search builds Pagefind's UI, about 26 KB of gzipped JavaScript, at idle time on every
 * page; this PagefindUI takes Starlight's options as they are and waits until the reader reaches for
 * search before it loads and builds the real one. If the dialog opened before then (Ctrl+K right
 * after the page loads), Starlight found no input to focus, so this focuses it once it is there.
 */
import { loadPagefindUi } from '../upstream/pagefind.ts';

export class PagefindUI {
	constructor(options: { element: string }) {
		const target = document.querySelector(options.element);
		void (async () => {
			await target?.closest('search-on-demand')?.wanted;
			const { PagefindUI } = await loadPagefindUi();
			new PagefindUI(options);
			if (target?.closest('dialog')?.open) target.querySelector('input')?.focus();
		})();
	}
}
