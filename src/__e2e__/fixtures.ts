import { test as base, expect, type Page } from '@playwright/test';
import { API_ORIGIN } from '../contract/index.ts';
import { sandboxRoot } from '../sandbox/address.ts';
import { localePrefixes, pageSlugs, pagePath } from '../site/pages.ts';

export type Watch = { problems: string[]; leaked: string[] };

/** The pages of the site by their path below a locale's root, and the locales. */
export const slugs = pageSlugs.map(pagePath);
export const locales = localePrefixes;

/**
 * Every journey fails on a CSP violation, a console error, an uncaught exception, or a request to
 * any host but the site's own that reaches the network: each test gets these checks without asking.
 * Requests the sandbox's service worker answers never reach the network, so routes never see them.
 */
export const test = base.extend<{ watch: Watch }>({
	watch: [
		async ({ page, context, baseURL }, use) => {
			const watch: Watch = { problems: [], leaked: [] };
			await context.route(/^(?!https?:\/\/(127\.0\.0\.1|localhost)[:/])(?!data:|blob:)/, async (route) => {
				watch.leaked.push(route.request().url());
				await route.abort('blockedbyclient');
			});
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
				});
			});
			page.on('console', (message) => {
				if (message.type() !== 'error') return;
				// Chromium logs every HTTP error status it receives. An error the sandbox was asked for
				// (a 404 for an unknown id, say) is the API answering, not the page failing; any other
				// console error, including a failed load of the site's own files, still fails the test.
				// The panels send to the sandbox's address on the site; the API's own URL is asked by tests.
				const apiAnswer =
					/^Failed to load resource: the server responded with a status of \d{3}/.test(message.text()) &&
					[`${API_ORIGIN}/`, `${sandboxRoot(baseURL!)}/`].some((prefix) => message.location().url.startsWith(prefix));
				if (!apiAnswer) watch.problems.push(`console: ${message.text()}`);
			});
			page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`));
			await use(watch);
			expect(watch.leaked, 'requests that reached the network for another host').toEqual([]);
			expect(watch.problems).toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };

export async function setTheme(page: Page, theme: 'light' | 'dark') {
	await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
}

/** Counts the requests a panel sends: to the sandbox's address on the site, or to the API's host. */
export function panelRequests(page: Page, baseURL: string): string[] {
	const seen: string[] = [];
	page.on('request', (request) => {
		if ([`${API_ORIGIN}/`, `${sandboxRoot(baseURL)}/`].some((prefix) => request.url().startsWith(prefix))) seen.push(request.url());
	});
	return seen;
}
