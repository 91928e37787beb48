import type { Element, ElementContent } from 'hast';
import { isInlineStyleAnnotation, type ExpressiveCodeBlock, type StyleVariant } from 'rehype-expressive-code';

/**
 * Expressive Code writes each line of a block as two nested elements around its tokens, and a
 * token per span even where two neighbours look the same: a JSON line costs nine elements. On a
 * reference page of a dozen samples and examples, that was two thirds of all its elements. This
 * keeps the look and the text, and drops the scaffolding: lines become text separated by line
 * breaks, and neighbouring tokens of one style become one span. Copy buttons read the code from
 * their own attribute, so they are unaffected.
 */
type Node = Element | ElementContent;

const isElement = (node: Node | undefined, tag?: string, className?: string): node is Element =>
	node?.type === 'element' && (!tag || node.tagName === tag) && (!className || String(node.properties?.className ?? '').split(' ').includes(className));

const styleOf = (node: Element) => String(node.properties?.style ?? '');

/** A line's tokens, leading whitespace as plain text, neighbours of one style merged. */
function lineTokens(line: Element): ElementContent[] {
	const code = line.children.find((child) => isElement(child, 'div', 'code'));
	if (!isElement(code)) return line.children;
	const tokens: ElementContent[] = [];
	for (const token of code.children) {
		const text = token.type === 'text' ? token : isElement(token, 'span', 'indent') && token.children[0]?.type === 'text' ? token.children[0] : undefined;
		const previous = tokens.at(-1);
		if (text) {
			if (previous?.type === 'text') previous.value += text.value;
			else tokens.push({ type: 'text', value: text.value });
		} else if (isElement(token, 'span') && isElement(previous, 'span') && styleOf(previous) === styleOf(token) && token.children.every((child) => child.type === 'text')) {
			const last = previous.children.at(-1);
			const value = token.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
			if (last?.type === 'text') last.value += value;
			else previous.children.push({ type: 'text', value });
		} else {
			tokens.push(token);
		}
	}
	// An empty line holds a line break of its own, to keep its height as an element; as text
	// between line breaks it is empty, or it would read as two empty lines.
	if (tokens.length === 1 && tokens[0]!.type === 'text' && tokens[0]!.value === '\n') return [];
	return mergeQuoted(tokens);
}

const textOf = (node: ElementContent | undefined) => (isElement(node, 'span') && node.children.length === 1 && node.children[0]!.type === 'text' ? node.children[0]!.value : undefined);

/**
 * A quoted string comes as three tokens, its quotes a colour of their own: `"` `value` `"`. They
 * become one span of the value's colour, quotes included.
 */
function mergeQuoted(tokens: ElementContent[]): ElementContent[] {
	const merged: ElementContent[] = [];
	for (let index = 0; index < tokens.length; index++) {
		const [open, value, close] = [tokens[index], tokens[index + 1], tokens[index + 2]];
		const quote = textOf(open);
		const inner = textOf(value);
		if ((quote === '"' || quote === "'") && inner !== undefined && textOf(close) === quote && isElement(value)) {
			merged.push({ ...value, children: [{ type: 'text', value: quote + inner + quote }] });
			index += 2;
		} else merged.push(tokens[index]!);
	}
	return merged;
}

const plainText = (nodes: ElementContent[]): string => nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? plainText(node.children) : '')).join('');

/** How many spaces a line starts with, whichever token holds them. */
const indentOf = (tokens: ElementContent[]) => /^ */.exec(plainText(tokens))![0].length;

function flatten(node: Element): void {
	for (const child of node.children) if (isElement(child)) flatten(child);
	if (node.tagName !== 'code' || !node.children.every((child) => isElement(child, 'div', 'ec-line'))) return;
	const lines = node.children.map((line) => lineTokens(line as Element));
	node.children = lines.flatMap((tokens, index) => [...(index ? [{ type: 'text', value: '\n' } as const] : []), ...tokens]);
	// Expressive Code colours the tokens of a `.ec-line`: the block's code is now its one line.
	// A wrapped line goes on past the deepest indent of its block, so it never reads as a line of
	// its own (the stylesheet's hanging indent; Expressive Code did this per line element).
	const hang = Math.max(...lines.map(indentOf)) + 2;
	node.properties = { ...node.properties, className: ['ec-line'], style: `--hang:${hang}ch` };
}

/**
 * Expressive Code's copy button carries the block's code a second time, in `data-code` (line
 * breaks as U+007F): a tenth of a reference page's compressed bytes. Where the code as shown is
 * what the button copies (not a terminal frame that leaves out comments), the attribute goes, and
 * `copyShownCode` puts the shown code back in it as the button is pressed.
 */
function dropCopiedCode(block: Element): void {
	const code = findAll(block, (node) => isElement(node, 'code'))[0];
	const shown = code && plainText(code.children);
	for (const button of findAll(block, (node) => isElement(node, 'button') && node.properties?.dataCode !== undefined)) {
		if (String(button.properties.dataCode).replace(/\u007f/g, '\n') === shown) delete button.properties.dataCode;
	}
}

function findAll(node: Element, test: (node: Element) => boolean): Element[] {
	return node.children.flatMap((child) => (isElement(child) ? [...(test(child) ? [child] : []), ...findAll(child, test)] : []));
}

/**
 * Expressive Code's script, on every page with code, gets this too: a listener that hears a click on
 * its way down, before Expressive Code's own handler hears it on the button, and hands the button
 * the code as shown where the page left it out. Written small, as it loads before any interaction.
 */
const copyShownCode = `addEventListener('click',(e)=>{const b=e.target.closest?.('.expressive-code .copy button'),c=b&&b.dataset.code===undefined&&b.closest('figure')?.querySelector('pre>code');if(c)b.dataset.code=c.textContent},true)`;

/**
 * A token in the code's own colour needs no element: Shiki colours every token, and a third of a
 * reference page's tokens are the theme's plain foreground in both themes. Their colour is left to
 * the block, so they become text, merged with their neighbours.
 */
function dropPlainColours(codeBlock: ExpressiveCodeBlock, styleVariants: StyleVariant[]): void {
	for (const line of codeBlock.getLines()) {
		for (const annotation of line.getAnnotations()) {
			if (!isInlineStyleAnnotation(annotation) || annotation.styleVariantIndex === undefined) continue;
			const { color, bgColor, italic, bold, underline, strikethrough } = annotation;
			const plain = !bgColor && !italic && !bold && !underline && !strikethrough;
			if (plain && color?.toLowerCase() === styleVariants[annotation.styleVariantIndex]?.theme.fg.toLowerCase()) line.deleteAnnotation(annotation);
		}
	}
}

export function lightMarkup() {
	return {
		name: 'light-markup',
		jsModules: [copyShownCode],
		hooks: {
			postprocessAnnotations: ({ codeBlock, styleVariants }: { codeBlock: ExpressiveCodeBlock; styleVariants: StyleVariant[] }) => dropPlainColours(codeBlock, styleVariants),
			postprocessRenderedBlock: ({ renderData }: { renderData: { blockAst: Element } }) => {
				flatten(renderData.blockAst);
				dropCopiedCode(renderData.blockAst);
				const pre = renderData.blockAst.tagName === 'pre' ? renderData.blockAst : undefined;
				const target = pre ?? findPre(renderData.blockAst);
				if (target) target.properties = { ...target.properties, className: [...[target.properties?.className ?? []].flat(), 'ec-light'] as string[] };
			},
		},
	};
}

function findPre(node: Element): Element | undefined {
	for (const child of node.children) {
		if (isElement(child, 'pre')) return child;
		if (isElement(child)) {
			const found = findPre(child);
			if (found) return found;
		}
	}
	return undefined;
}
