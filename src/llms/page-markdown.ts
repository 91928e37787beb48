import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { flowComponents, textComponents, type MarkdownContext } from './components.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const printer = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', fences: true, rule: '-' });

const props = (node: MdxJsxFlowElement | MdxJsxTextElement) =>
	Object.fromEntries(node.attributes.filter((attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute').map((attribute) => [attribute.name, String(attribute.value ?? '')]));

function print(children: RootContent[]): string {
	return String(printer.stringify({ type: 'root', children } as Root)).trim();
}

/**
 * A page's MDX as Markdown: its prose as written, its imports dropped, each of its components
 * rendered as Markdown from the contract, and its links made absolute.
 */
export function pageMarkdown(source: string, context: MarkdownContext): string {
	// Heading ids (`## Test mode {#test-mode}`) are Sätteri's syntax, not MDX's: a Markdown heading needs none.
	const mdx = source.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^(#{1,6} .*?)\s*\{#[\w-]+\}\s*$/gm, '$1');
	const tree = parser.parse(mdx) as Root;
	const transform = (nodes: RootContent[]): RootContent[] =>
		nodes.flatMap((node): RootContent[] => {
			if (node.type === 'mdxjsEsm') return [];
			if (node.type === 'mdxJsxFlowElement') {
				const render = flowComponents[node.name ?? ''];
				if (!render) throw new Error(`No Markdown for the component <${node.name}>`);
				const markdown = render(props(node), print(transform(node.children as RootContent[])), context);
				return markdown ? [{ type: 'html', value: markdown }] : [];
			}
			if (node.type === 'mdxJsxTextElement') {
				const render = textComponents[node.name ?? ''];
				if (render) {
					const rendered = render(props(node), context);
					return ['code' in rendered ? { type: 'inlineCode', value: rendered.code } : { type: 'text', value: rendered.text }];
				}
				// A component is never dropped in silence; plain HTML in a page (`<span lang="en">`) keeps its text.
				if (/^[A-Z]/.test(node.name ?? '')) throw new Error(`No Markdown for the component <${node.name}>`);
				return transform(node.children as RootContent[]);
			}
			if (node.type === 'link' && node.url.startsWith('/')) return [{ ...node, url: new URL(node.url.slice(1), context.site).href, children: transform(node.children) as typeof node.children }];
			if ('children' in node) return [{ ...node, children: transform(node.children as RootContent[]) } as RootContent];
			return [node];
		});
	return print(transform(tree.children));
}
