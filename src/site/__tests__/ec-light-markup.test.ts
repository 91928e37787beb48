import { createRenderer } from 'rehype-expressive-code';
import { toHtml } from 'rehype-expressive-code/hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { lightMarkup } from '../ec-light-markup.ts';

const renderer = createRenderer({ plugins: [lightMarkup()], defaultProps: { wrap: true } });

async function render(code: string, language: string, meta = '') {
	const { ec } = await renderer;
	const { renderedGroupAst } = await ec.render({ code, language, meta });
	const html = toHtml(renderedGroupAst);
	const shown = /<code[^>]*>([\s\S]*?)<\/code>/.exec(html)![1]!.replace(/<[^>]+>/g, '').replace(/&#x22;|&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#x3C;|&lt;/g, '<').replace(/&amp;/g, '&');
	return { html, shown };
}

describe('the code blocks as plain lines', () => {
	// Loading the highlighter's grammars and themes takes seconds on a loaded machine.
	beforeAll(() => renderer, 60_000);

	it('shows an empty line as one empty line', async () => {
		const code = "require 'httparty'\n\nputs 1";
		expect((await render(code, 'ruby')).shown).toBe(code);
	});

	it('leaves a token in the code\'s own colour as text, and colours the others as before', async () => {
		const code = 'response = HTTParty.get("https://api.workers.ai/v1/tasks")\nputs response.body';
		const { html, shown } = await render(code, 'ruby');
		const { ec } = await renderer;
		const fg = ec.styleVariants.map(({ theme }) => theme.fg.toLowerCase());
		const styles = [...html.matchAll(/<span style="([^"]*)"/g)].map(([, style]) => Object.fromEntries(style!.split(';').map((rule) => rule.split(':'))));
		expect(styles.length).toBeGreaterThan(0);
		for (const style of styles) expect(fg.every((colour, index) => style[`--${index}`]?.toLowerCase() === colour)).toBe(false);
		// Punctuation in the plain colour, between two coloured tokens.
		expect(html).toMatch(/<\/span>[^<\s]+<span/);
		expect(shown).toBe(code);
	});

	it('leaves the code out of the copy button where it is shown as copied, and ships the script that puts it back', async () => {
		const { html } = await render('{\n  "a": 1\n}', 'json', 'title="x"');
		expect(html).toContain('class="copy"');
		expect(html).not.toContain('data-code');
		expect((await renderer).jsModules.join('\n')).toContain('b.dataset.code=c.textContent');
	});

	it('keeps the code in the copy button where the button copies something else (a terminal without its comments)', async () => {
		const { html } = await render('npm run sandbox\n# PORT=5000 npm run sandbox', 'sh');
		expect(html).toMatch(/data-code="npm run sandbox"/);
	});
});
