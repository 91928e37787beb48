/**
 * The site's absolute URL with its base path, as the build is configured: `https://docs.workers.ai/docs/`.
 * From the configuration rather than `Astro.site`, which a page rendered for its Markdown twin lacks.
 */
export function siteRoot(): string {
	return new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/'), import.meta.env.SITE).href;
}
