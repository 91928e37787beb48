/** The site's absolute URL with its base path, as the build knows it: `https://docs.workers.ai/docs/`. */
export function siteRoot(site: URL | undefined): string {
	return new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/'), site ?? 'http://localhost/').href;
}
