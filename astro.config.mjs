// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { cspDirectives } from './src/site/csp.ts';
import { hostFiles } from './src/site/host-files.ts';
import { inlineScriptHashes } from './src/site/inline-script-hashes.ts';
import { tabLanguageFromUrl } from './src/site/tab-language-from-url.ts';

// Any static host, at the root or under a base path: BASE_PATH=/docs/ npm run build
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site: process.env.SITE_URL ?? 'https://docs.workers.ai',
	base,
	outDir: process.env.OUT_DIR ?? './dist',
	trailingSlash: 'always',
	security: { csp: { directives: cspDirectives, scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] }, styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] } } },
	// Code is highlighted by Starlight's Expressive Code at build time; Astro's own Shiki pass is unused.
	markdown: { syntaxHighlight: false },
	integrations: [
		starlight({
			title: 'WorkersAI API',
			defaultLocale: 'root',
			locales: {
				root: { label: '한국어', lang: 'ko' },
				en: { label: 'English', lang: 'en' },
			},
			head: [{ tag: 'script', content: tabLanguageFromUrl }],
			customCss: ['./src/styles/reference.css'],
			// Wrapped lines never scroll sideways, at 375px or beside a field table.
			expressiveCode: { defaultProps: { wrap: true } },
			components: {
				Search: './src/components/overrides/Search.astro',
			},
			sidebar: [
				{ label: '소개', translations: { en: 'Introduction' }, slug: 'index' },
				{ label: '인증', translations: { en: 'Authentication' }, slug: 'authentication' },
				{ label: 'Tasks', translations: { en: 'Tasks' }, slug: 'tasks' },
				{ label: '콜백', translations: { en: 'Callbacks' }, slug: 'callbacks' },
				{ label: '오류', translations: { en: 'Errors' }, slug: 'errors' },
				{ label: '로컬 샌드박스', translations: { en: 'Local sandbox' }, slug: 'sandbox' },
			],
		}),
		// In this order: the pages' policies are final once their inline scripts are hashed in, and the
		// host files are written from the final pages.
		inlineScriptHashes(),
		hostFiles(),
	],
});
