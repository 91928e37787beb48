import { codeToTokens, createShikiPrimitiveAsync, type ShikiPrimitive } from 'shiki/core';
import { createJavaScriptRawEngine } from 'shiki/engine/javascript';

// Shiki's primitive and codeToTokens, which its highlighter wraps: the highlighter's object also
// holds codeToHtml, so a bundle that makes one carries the HTML renderer (hast-util-to-html and its
// entity tables, about 15 KB gzip) that tokens built into elements never use.
let highlighter: Promise<ShikiPrimitive> | undefined;

/**
 * JSON as highlighted code, built as elements from Shiki's tokens (text only, never HTML): one
 * precompiled grammar, so the JavaScript engine runs its regular expressions as they are, without
 * a regex compiler; two themes, light and dark, which the page's theme picks between.
 */
export async function highlightJson(code: string): Promise<HTMLElement> {
	highlighter ??= createShikiPrimitiveAsync({
		themes: [import('shiki/themes/github-light.mjs'), import('shiki/themes/github-dark.mjs')],
		langs: [import('@shikijs/langs-precompiled/json')],
		engine: createJavaScriptRawEngine(),
	});
	const { tokens } = codeToTokens(await highlighter, code, { lang: 'json', themes: { light: 'github-light', dark: 'github-dark' } });
	const pre = document.createElement('pre');
	pre.className = 'shiki';
	// It scrolls when long: keyboard users reach it too.
	pre.tabIndex = 0;
	const block = pre.appendChild(document.createElement('code'));
	for (const [index, line] of tokens.entries()) {
		if (index) block.append('\n');
		for (const token of line) {
			const span = block.appendChild(document.createElement('span'));
			span.textContent = token.content;
			for (const [property, value] of Object.entries(token.htmlStyle ?? {})) span.style.setProperty(property, value);
		}
	}
	return pre;
}
