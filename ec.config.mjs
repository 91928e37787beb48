// @ts-check
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { lightMarkup } from './src/site/ec-light-markup.ts';
import { rendererWithoutScrollFocus } from './src/site/ec-scripts.ts';

// Expressive Code's options, here rather than in astro.config.mjs, because the <Code> component
// the reference pages use needs them in this file once they hold a plugin.
export default defineEcConfig({
	// Wrapped lines never scroll sideways, at 375px or beside a field table.
	defaultProps: { wrap: true },
	plugins: [lightMarkup()],
	customCreateRenderer: rendererWithoutScrollFocus,
});
