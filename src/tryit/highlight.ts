import { createHighlighterCore, type HighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';

let highlighter: Promise<HighlighterCore> | undefined;

/**
 * JSON highlighted by a fine-grained Shiki bundle: one grammar, two themes, the JavaScript regex
 * engine (no WebAssembly). Shiki escapes the text, so the markup is safe to insert.
 */
export async function highlightJson(code: string): Promise<string> {
	highlighter ??= createHighlighterCore({
		themes: [import('shiki/themes/github-light.mjs'), import('shiki/themes/github-dark.mjs')],
		langs: [import('shiki/langs/json.mjs')],
		engine: createJavaScriptRegexEngine(),
	});
	return (await highlighter).codeToHtml(code, { lang: 'json', themes: { light: 'github-light', dark: 'github-dark' } });
}
