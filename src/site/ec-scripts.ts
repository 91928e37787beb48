import { createRenderer, type RehypeExpressiveCodeOptions } from 'rehype-expressive-code';
import { SCROLL_FOCUS_MODULE_MARK } from '../upstream/expressive-code.ts';

/**
 * Expressive Code's renderer, less the script that watches every block for sideways scrolling to
 * make it focusable: here no block scrolls sideways. Every block wraps (ec.config.mjs), and a JSON
 * example, which keeps its lines, scrolls in a box of its own that is already a focusable region
 * (JsonExample.astro). The script only ran, on every page with code, before any interaction.
 * A block that does not wrap fails the build, as it would need the script back.
 */
export async function rendererWithoutScrollFocus(options: RehypeExpressiveCodeOptions) {
	const plugins = [...(options.plugins ?? []), everyBlockWraps];
	const renderer = await createRenderer({ ...options, plugins });
	return { ...renderer, jsModules: renderer.jsModules.filter((module) => !module.includes(SCROLL_FOCUS_MODULE_MARK)) };
}

const everyBlockWraps = {
	name: 'every-block-wraps',
	hooks: {
		postprocessRenderedBlock: ({ codeBlock }: { codeBlock: { props: { wrap?: boolean }; code: string } }) => {
			if (!codeBlock.props.wrap) throw new Error(`A code block that does not wrap would scroll sideways, which src/site/ec-scripts.ts counts on none doing: ${codeBlock.code.slice(0, 60)}`);
		},
	},
};
