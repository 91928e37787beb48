import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../html-to-markdown.ts';

const page = 'https://docs.example/en/tasks/';
const md = (html: string) => htmlToMarkdown(html, page).trim();

// A code frame as Expressive Code writes it: the copy button holds the code, U+007F for each line break.
const frame = (language: string, title: string, code: string) =>
	`<div class="expressive-code"><figure class="frame"><figcaption class="header"><span class="title">${title}</span></figcaption><pre data-language="${language}"><code><div class="ec-line"><div class="code">ignored</div></div></code></pre><div class="copy"><button data-code="${code.replace(/\n/g, '\u007f')}"><div></div></button></div></figure></div>`;

describe('a page as Markdown, from its HTML', () => {
	it('keeps a code block as its copy button hands it over, with its language and title', () => {
		expect(md(frame('python', 'GET /v1/tasks', 'import requests\n\nprint(1)'))).toBe('```python title="GET /v1/tasks"\nimport requests\n\nprint(1)\n```');
	});

	it('reads a code block without a copy button line by line', () => {
		expect(md('<pre data-language="sh"><code><div class="ec-line">a</div><div class="ec-line"></div><div class="ec-line">b</div></code></pre>')).toBe('```sh\na\n\nb\n```');
	});

	it('puts what waits in templates where the template stands, and leaves the Try it panel out', () => {
		const html = `<section><div role="tabpanel">${frame('sh', 'T', 'one')}</div><div role="tabpanel" hidden><later-tab></later-tab></div><template id="t">${frame('ruby', 'T', 'two')}</template></section>
			<try-it><details><summary>Try it</summary><template><form><label>Key <input></label></form><pre data-language="sh"><code>three</code></pre></template></details></try-it>`;
		expect(md(html)).toBe('```sh title="T"\none\n```\n\n```ruby title="T"\ntwo\n```');
	});

	it('leaves out tab strips, buttons, text for screen readers alone, permalink icons and comments', () => {
		const html = '<!-- a note for maintainers --><ul role="tablist"><li><a href="#a">shell</a></li></ul><h2 id="x">Title</h2><a class="anchor" href="#x"><span class="sr-only">Link</span><svg></svg></a><button>Copy</button><p>Text</p>';
		expect(md(html)).toBe('## Title\n\nText');
	});

	it('sets apart pieces of a line that the HTML runs together, and leaves text that runs on as it is', () => {
		expect(md('<p><span>GET</span><code>https://api/v1</code></p>')).toBe('GET `https://api/v1`');
		expect(md('<p>The status.<span>One of</span> (<code>a</code>)를</p>')).toBe('The status. One of (`a`)를');
	});

	it('keeps a table caption as the line above the table', () => {
		expect(md('<table><caption>Query parameters</caption><thead><tr><th>Name</th><th>Type</th></tr></thead><tbody><tr><th><code>a</code></th><td>x | y</td></tr></tbody></table>')).toBe(
			'**Query parameters**\n\n| Name | Type |\n| - | - |\n| `a` | x \\| y |',
		);
	});

	it('makes links absolute against the page, and an aside a quote', () => {
		expect(md('<aside aria-label="Note"><p>Note</p><div><p>See <a href="/en/errors/#error-400">400</a> and <a href="#x">x</a>.</p></div></aside>')).toBe(
			'> Note\n>\n> See [400](https://docs.example/en/errors/#error-400) and [x](https://docs.example/en/tasks/#x).',
		);
	});

	it('keeps the text of plain HTML', () => {
		expect(md('<p>A <span lang="en">word</span>.</p>')).toBe('A word.');
	});
});
