import { sampleLanguages } from '../samples/render.ts';
import { syncedTabsStorageKey } from '../upstream/starlight.ts';

/** Where Starlight's synced tabs keep the chosen language (`<Tabs syncKey="lang">`). */
export const TAB_STORAGE_KEY = syncedTabsStorageKey('lang');

// Runs inline in <head>, before Starlight restores synced tabs, so a linked language wins at once.
// Accepts ?lang=python, Slate's ?language=python and Slate's bare ?python.
export const tabLanguageFromUrl = `(() => {
	const languages = ${JSON.stringify(sampleLanguages)};
	const query = new URLSearchParams(location.search);
	const wanted = [query.get('lang'), query.get('language'), ...query.keys()].find((value) => languages.includes(value));
	if (!wanted) return;
	try { localStorage.setItem(${JSON.stringify(TAB_STORAGE_KEY)}, wanted); } catch {}
})();`;
