/// <reference path="../../node_modules/astro-expressive-code/virtual.d.ts" />
import { astroConfig, ecConfigFileOptions, ecIntegrationOptions } from 'virtual:astro-expressive-code/config';
import { createAstroRenderer, mergeEcConfigOptions } from 'virtual:astro-expressive-code/api';
import preprocessEcConfig from 'virtual:astro-expressive-code/preprocess-config';

let href: Promise<string> | undefined;

/**
 * The address of Expressive Code's stylesheet, which its first code block on a page links: asked of
 * a renderer made from the same options as the one Starlight's <Code> uses, so that a page can ask
 * for the stylesheet before its first code block.
 */
export function ecStylesheetHref(): Promise<string> {
	return (href ??= (async () => {
		const ecConfig = await preprocessEcConfig({ ecConfig: mergeEcConfigOptions(ecIntegrationOptions, ecConfigFileOptions), astroConfig });
		const { hashedStyles } = await createAstroRenderer({ astroConfig, ecConfig });
		const route = hashedStyles[0]?.[0];
		if (!route) throw new Error('Expressive Code emits no stylesheet: ec.config.mjs must keep emitExternalStylesheet on');
		return `${import.meta.env.BASE_URL.replace(/\/?$/, '')}${route}`;
	})());
}
