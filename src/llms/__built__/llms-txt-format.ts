import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/*
 * The llms.txt format of llmstxt.org, checked as its reference parser (Python `llms_txt`) reads a
 * file, and as strictly as the proposal words it: "An H1 with the name of the project or site. …
 * A blockquote with a short summary … Zero or more markdown sections (e.g. paragraphs, lists, etc)
 * of any type except headings … Zero or more markdown sections delimited by H2 headers, containing
 * 'file lists' of URLs … Each 'file list' is a markdown list, containing a required markdown
 * hyperlink [name](url), then optionally a : and notes about the file."
 */

export interface LlmsTxt {
	title: string;
	summary: string;
	/** The free text between the summary and the first H2. */
	info: string;
	sections: Record<string, { title: string; url: string; description?: string }[]>;
}

// The reference parser's line of a file list: `- [title](url)`, then optionally `: notes`.
const linkLine = /^-\s*\[(?<title>[^\]]+)\]\((?<url>[^)]+)\)(?::\s*(?<description>.*))?$/;

/** Reads an llms.txt file by the format's rules; every rule it breaks is listed in the error. */
export function parseLlmsTxt(text: string): LlmsTxt {
	const problems: string[] = [];
	const tree = unified().use(remarkParse).parse(text) as Root;
	const lines = text.split('\n');
	const source = (node: RootContent) => lines.slice(node.position!.start.line - 1, node.position!.end.line).join('\n');
	const [h1, quote, ...rest] = tree.children;

	if (h1?.type !== 'heading' || h1.depth !== 1 || h1.position!.start.line !== 1) problems.push('the file does not start with an H1');
	// The reference parser reads the summary as the one line after `>` that follows the H1.
	if (quote?.type !== 'blockquote') problems.push('no blockquote summary follows the H1');
	else if (quote.children.length !== 1 || quote.children[0]!.type !== 'paragraph' || quote.position!.start.line !== quote.position!.end.line) problems.push('the summary is not one line of a blockquote');

	const firstH2 = rest.findIndex((node) => node.type === 'heading' && node.depth === 2);
	const info = firstH2 === -1 ? rest : rest.slice(0, firstH2);
	for (const node of info) if (node.type === 'heading') problems.push(`a heading before the first H2: ${source(node)}`);

	const sections: LlmsTxt['sections'] = {};
	let current: string | undefined;
	for (const node of firstH2 === -1 ? [] : rest.slice(firstH2)) {
		if (node.type === 'heading') {
			if (node.depth !== 2) problems.push(`only H2s divide the file lists: ${source(node)}`);
			current = toString(node);
			if (current in sections) problems.push(`two sections named ${current}`);
			sections[current] = [];
		} else if (node.type !== 'list' || node.ordered) {
			problems.push(`section ${current} holds a ${node.type} where only a list of links belongs: ${source(node).split('\n')[0]}`);
		} else if (sections[current!]!.length) {
			problems.push(`section ${current} holds more than one list`);
		} else {
			for (const item of node.children) {
				const line = source(item as unknown as RootContent);
				const match = linkLine.exec(line);
				const [paragraph, ...more] = item.children;
				// One link opens the item; its text and address are what the reference parser takes.
				if (!match || more.length || paragraph?.type !== 'paragraph' || paragraph.children[0]?.type !== 'link') {
					problems.push(`section ${current} has an entry that is not [name](url): notes: ${line}`);
					continue;
				}
				const { title, url, description } = match.groups!;
				if (!/^https?:\/\/\S+$/.test(url!)) problems.push(`section ${current} links to ${url}, not an absolute URL`);
				sections[current!]!.push({ title: title!, url: url!, ...(description !== undefined && { description }) });
			}
		}
	}
	for (const [name, links] of Object.entries(sections)) if (!links.length) problems.push(`section ${name} has no links`);

	if (problems.length) throw new Error(`Not in the llms.txt format:\n- ${problems.join('\n- ')}`);
	return {
		title: toString(h1!),
		summary: toString(quote!),
		info: info.map(source).join('\n\n'),
		sections,
	};
}
