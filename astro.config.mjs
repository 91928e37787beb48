// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { satteri } from '@astrojs/markdown-satteri';
import { cspDirectives } from './src/site/csp.ts';
import { hostFiles } from './src/site/host-files.ts';
import { sandboxBundle } from './src/site/sandbox-bundle.ts';
import { inlineScriptHashes } from './src/site/inline-script-hashes.ts';
import { inlineSmallScripts } from './src/site/inline-small-scripts.ts';
import { tabLanguageFromUrl } from './src/site/tab-language-from-url.ts';
import { locales } from './src/site/pages.ts';
import { sidebar } from './src/site/sidebar.ts';
import { baseLinks } from './src/site/base-links.ts';
import { panelStrings } from './src/site/panel-strings.ts';
import { panelStringKeys } from './src/tryit/strings.ts';
import { PAGEFIND_UI_PACKAGE } from './src/upstream/pagefind.ts';
import { PUBLIC_SUFFIX_PACKAGE } from './src/upstream/msw.ts';

// Any static host, at the root or under a base path: BASE_PATH=/docs/ npm run build
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site: process.env.SITE_URL ?? 'https://docs.workers.ai',
	base,
	outDir: process.env.OUT_DIR ?? './dist',
	trailingSlash: 'always',
	security: { csp: { directives: cspDirectives, scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] }, styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] } } },
	// Code is highlighted by Starlight's Expressive Code at build time; Astro's own Shiki pass is unused.
	markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [baseLinks(base)], features: { headingAttributes: true } }) },
	// Starlight's search imports Pagefind's UI at idle time on every page; this stand-in loads it
	// when a reader reaches for search. Exact match: the package's CSS and deep paths resolve as usual.
	vite: {
		// One stylesheet for every page, where Astro would link each page's share of it in four: each
		// request before the first paint holds the parser. Small scripts go inline (see the file).
		build: { assetsInlineLimit: inlineSmallScripts, cssCodeSplit: false },
		resolve: {
			alias: [
				{ find: PAGEFIND_UI_PACKAGE, replacement: fileURLToPath(new URL('./src/search/pagefind-on-demand.ts', import.meta.url)) },
				// The sandbox sets no cookie: MSW's cookie jar gets a domain rule without the public suffix list.
				{ find: PUBLIC_SUFFIX_PACKAGE, replacement: fileURLToPath(new URL('./src/tryit/registrable-domain.ts', import.meta.url)) },
			],
		},
	},
	integrations: [
		starlight({
			title: 'WorkersAI API',
			defaultLocale: 'root',
			locales,
			head: [{ tag: 'script', content: tabLanguageFromUrl }],
			// A link between pages that leads nowhere, or to another locale, fails the build.
			// The 404 pages alone link to the other locale, on purpose.
			plugins: [starlightLinksValidator({ errorOnInconsistentLocale: true, exclude: ({ file }) => /(^|\/)404\.mdx$/.test(file) })],
			customCss: ['./src/styles/reference.css'],
			components: {
				Search: './src/components/overrides/Search.astro',
				Head: './src/components/overrides/Head.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
			},
			sidebar,
			routeMiddleware: './src/site/sidebar-sections.ts',
		}),
		panelStrings(panelStringKeys),
		// In this order: the pages' policies are final once their inline scripts are hashed in, and the
		// host files are written from the final pages and files (the sandbox server's among them).
		inlineScriptHashes(),
		sandboxBundle(),
		hostFiles(),
	],
});
