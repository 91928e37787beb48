import { describe, expect, it } from 'vitest';
import { parseLlmsTxt } from '../__built__/llms-txt-format.ts';

// The check the built llms.txt files must pass (src/llms/__built__/llms-txt.test.ts), on files that break each rule.
const valid = `# Name

> One line of summary.

Free text, and a list:

- one
- two

## Docs

- [Page](https://example.com/page.md): what it holds
- [Other](https://example.com/other.md)

## Optional

- [More](https://example.com/more.md): notes
`;

describe('the llms.txt format check', () => {
	it('reads a file in the format as the reference parser does', () => {
		expect(parseLlmsTxt(valid)).toEqual({
			title: 'Name',
			summary: 'One line of summary.',
			info: 'Free text, and a list:\n\n- one\n- two',
			sections: {
				Docs: [
					{ title: 'Page', url: 'https://example.com/page.md', description: 'what it holds' },
					{ title: 'Other', url: 'https://example.com/other.md' },
				],
				Optional: [{ title: 'More', url: 'https://example.com/more.md', description: 'notes' }],
			},
		});
	});

	it.each([
		['no H1 first', valid.replace('# Name\n\n', 'Intro\n\n# Name\n\n'), 'does not start with an H1'],
		['no summary', valid.replace('> One line of summary.\n\n', ''), 'no blockquote summary'],
		['a summary of two lines', valid.replace('> One line of summary.', '> One line\n> and another.'), 'not one line'],
		['a heading in the free text', valid.replace('Free text', '### Notes\n\nFree text'), 'a heading before the first H2'],
		['a paragraph in a section', valid.replace('## Optional\n\n', '## Optional\n\nSome words.\n\n'), 'holds a paragraph'],
		['an H3 among the sections', valid.replace('## Optional', '### Optional'), 'only H2s'],
		['an entry without a link', valid.replace('- [Other](https://example.com/other.md)', '- Other, at example.com'), 'not [name](url)'],
		['a link that is not absolute', valid.replace('https://example.com/other.md', '/other.md'), 'not an absolute URL'],
		['an empty section', valid.replace('## Optional\n\n- [More](https://example.com/more.md): notes\n', '## Optional\n'), 'has no links'],
		['two lists in a section', valid.replace('- [More]', '- [Less](https://example.com/less.md)\n\n1. [More]'), 'holds a list where'],
	])('fails on %s', (_, text, problem) => {
		expect(() => parseLlmsTxt(text)).toThrow(problem);
	});
});
