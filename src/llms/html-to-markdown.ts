import type { Element, ElementContent, Root } from 'hast';
import { phrasing } from 'hast-util-phrasing';
import { matches, select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Code, Root as MdastRoot } from 'mdast';
import { defaultHandlers, type Handle } from 'hast-util-to-mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { CODE_BLOCK_SELECTOR, CODE_LINE_SELECTOR, CODE_TITLE_SELECTOR, COPIED_CODE_SELECTOR, copiedCode } from '../upstream/expressive-code.ts';
import { SCREEN_READER_ONLY_SELECTOR } from '../upstream/starlight.ts';

/**
 * What a page shows that Markdown leaves out: the Try it panel (a form that works only in a
 * browser, its samples the page's own), scripts and styles, icons, controls, tab strips, and text
 * meant for screen readers alone (the Markdown carries what the page shows).
 */
const leftOut = ['try-it', 'script', 'style', 'svg', 'button', 'form', '[role="tablist"]', SCREEN_READER_ONLY_SELECTOR].join(', ');

type Parent = Root | Element;

/** Every element of a tree, with its parent, the contents of templates included. */
function* elements(parent: Parent): Generator<[Element, Parent]> {
	for (const child of parent.children) {
		if (child.type !== 'element') continue;
		yield [child, parent];
		yield* elements(child);
		if (child.tagName === 'template' && child.content) yield* elements(child.content as unknown as Element);
	}
}

function replace(parent: Parent, node: Element, by: ElementContent[]): void {
	parent.children.splice(parent.children.indexOf(node), 1, ...by);
}

/**
 * A code block as its copy button hands it over (Expressive Code keeps the code in `data-code`,
 * U+007F for each line break), or as its lines read when it has no copy button.
 */
function codeBlock(block: Element): Element {
	const pre = block.tagName === 'pre' ? block : select('pre', block);
	if (!pre) throw new Error('A code frame without a <pre>');
	const copy = select(COPIED_CODE_SELECTOR, block);
	const lines = selectAll(CODE_LINE_SELECTOR, pre);
	const text = copy ? copiedCode(String(copy.properties.dataCode)) : (lines.length ? lines : [pre]).map((line) => toText(line, { whitespace: 'pre' })).join('\n');
	const language = pre.properties.dataLanguage ?? String(select('code', pre)?.properties.className ?? '').match(/language-(\S+)/)?.[1];
	const title = select(CODE_TITLE_SELECTOR, block);
	return {
		type: 'element',
		tagName: 'pre',
		properties: { dataLanguage: language ? String(language) : undefined, dataTitle: title ? toText(title) : undefined },
		children: [{ type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: text.replace(/\n$/, '') }] }],
	};
}

const isPiece = (node: ElementContent | undefined): node is Element => node?.type === 'element' && phrasing(node) && node.tagName !== 'br' && node.tagName !== 'wbr';
const endsSentence = (node: ElementContent) => node.type === 'text' && /[.:;!?]$/.test(node.value);

/**
 * Puts a space between two pieces of a line that stand side by side with nothing between them
 * (`<span>GET</span><code>https://…</code>`, or a sentence and the note after it): the page's
 * layout sets them apart, and whitespace compression took the line break between them out of
 * the HTML. Text that runs on into an element (`(<code>`, Korean particles) is left as it is.
 */
function spaceApart(node: Element): void {
	if (node.tagName === 'pre' || node.tagName === 'code') return;
	node.children = node.children.flatMap((child, index) =>
		(isPiece(child) || endsSentence(child)) && isPiece(node.children[index + 1]) ? [child, { type: 'text', value: ' ' }] : [child],
	);
}

/**
 * Prepares a page's HTML for Markdown: what stays hidden in templates until shown (the sample
 * tabs) is put in place, what Markdown leaves out goes, code blocks keep their language and
 * title, captions become the line above their table, asides quotes, and links absolute.
 */
function prepare(tree: Root, pageUrl: string): void {
	// Templates hold what a page shows later, in the order it stands: their content takes their place.
	for (const [node, parent] of [...elements(tree)].reverse()) {
		if (node.tagName === 'template') replace(parent, node, ((node.content as unknown as Root | undefined)?.children ?? []) as ElementContent[]);
	}
	for (const block of selectAll(CODE_BLOCK_SELECTOR, tree)) Object.assign(block, codeBlock(block));
	for (const pre of selectAll('pre', tree)) if (select(CODE_LINE_SELECTOR, pre)) Object.assign(pre, codeBlock(pre));
	for (const [node, parent] of [...elements(tree)].reverse()) {
		if (matches(leftOut, node)) replace(parent, node, []);
	}
	// Comments in a component's markup speak to its maintainers, not to readers.
	for (const parent of [tree, ...[...elements(tree)].map(([node]) => node)]) parent.children = parent.children.filter((child) => child.type !== 'comment') as typeof parent.children;
	for (const [node, parent] of [...elements(tree)].reverse()) {
		if (node.tagName === 'a') {
			const href = node.properties.href;
			// A link with nothing left to show (a permalink icon) is not a link in Markdown.
			if (!toText(node).trim()) replace(parent, node, []);
			else if (typeof href === 'string') node.properties.href = new URL(href, pageUrl).href;
		} else if (node.tagName === 'table') {
			const caption = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'caption');
			if (caption) replace(parent, node, [{ type: 'element', tagName: 'p', properties: {}, children: [{ ...caption, tagName: 'strong' }] }, node]);
		} else if (node.tagName === 'aside') {
			node.tagName = 'blockquote';
		}
		spaceApart(node);
	}
}

const handlers: Record<string, Handle> = {
	pre(state, node) {
		const code = defaultHandlers.pre(state, node) as Code;
		const { dataLanguage, dataTitle } = node.properties;
		if (dataLanguage) code.lang = String(dataLanguage);
		// As Expressive Code reads a title in Markdown: ```sh title="GET /v1/tasks"
		if (dataTitle) code.meta = `title=${JSON.stringify(String(dataTitle))}`;
		return code;
	},
};

const toMdast = unified().use(rehypeParse, { fragment: true }).use(rehypeRemark, { handlers });

const printer = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { bullet: '-', fences: true, rule: '-' });

/** A page's rendered HTML as a Markdown tree: links absolute against the page's own address. */
export function htmlToMdast(html: string, pageUrl: string): MdastRoot {
	const hast = toMdast.parse(html);
	prepare(hast, pageUrl);
	return toMdast.runSync(hast) as MdastRoot;
}

export const mdastToMarkdown = (tree: MdastRoot) => `${String(printer.stringify(tree)).trim()}\n`;

/** A page's rendered HTML as Markdown. */
export const htmlToMarkdown = (html: string, pageUrl: string) => mdastToMarkdown(htmlToMdast(html, pageUrl));
