import { TEST_KEY, type Locale } from '../contract/index.ts';
import { faultHeaderText, sandboxAddress } from '../reference/page-facts.ts';
import type { MarkdownPage } from './pages.ts';
import { bundleCommand, flag } from '../sandbox/cli-options.ts';
import { SANDBOX_MIN_NODE_MAJOR } from '../sandbox/node-version.ts';
import { strings } from '../site/strings.ts';

/**
 * `llms.txt` in the llmstxt.org format: the name as H1, the API in a one-line blockquote, what an
 * assistant should know as free text (no headings before the first H2), then sections that are
 * lists of links alone: each page's Markdown twin, and `## Optional`, a name the format gives a
 * meaning (tools skip it for a shorter context), so it stays English in every locale.
 */
export function llmsTxt(locale: Locale, pages: MarkdownPage[], links: { full: string; openapi: string; sandbox: string }): string {
	const t = strings(locale);
	return (
		[
			'# WorkersAI API',
			`> ${t('llms.summary')}`,
			t('llms.assistantsText', { download: links.sandbox, run: `\`${bundleCommand()}\``, node: SANDBOX_MIN_NODE_MAJOR, callbacks: `\`${flag('deliver-callbacks')}\``, base: `\`${sandboxAddress('base')}\``, key: TEST_KEY, fault: faultHeaderText() }),
			`## ${t('llms.pages')}`,
			pages.map((page) => `- [${page.title}](${page.markdownUrl}): ${page.description}`).join('\n'),
			'## Optional',
			[`- [${t('llms.full')}](${links.full})`, `- [${t('llms.openapi')}](${links.openapi})`].join('\n'),
		].join('\n\n') + '\n'
	);
}

/** `llms-full.txt`: every page's Markdown, a heading level down, in the sidebar's order, under the summary. */
export function llmsFullTxt(locale: Locale, pages: { url: string; markdown: string }[]): string {
	const t = strings(locale);
	return [`# ${t('llms.fullTitle')}\n\n> ${t('llms.summary')}`, ...pages.map((page) => `Source: ${page.url}\n\n${page.markdown.trim()}`)].join('\n\n---\n\n') + '\n';
}
