import { TEST_KEY, type Locale } from '../contract/index.ts';
import { faultHeaderText, sandboxAddress } from '../reference/page-facts.ts';
import type { MarkdownPage } from './pages.ts';
import { bundleCommand, flag } from '../sandbox/cli-options.ts';
import { SANDBOX_MIN_NODE_MAJOR } from '../sandbox/node-version.ts';
import { strings } from '../site/strings.ts';

/** `llms.txt` in the llmstxt.org format: the API in two sentences, each page's Markdown twin, the sandbox for assistants. */
export function llmsTxt(locale: Locale, pages: MarkdownPage[], links: { full: string; openapi: string; sandbox: string }): string {
	const t = strings(locale);
	return [
		'# WorkersAI API',
		`> ${t('llms.summary')}`,
		`## ${t('llms.pages')}`,
		pages.map((page) => `- [${page.title}](${page.markdownUrl}): ${page.description}`).join('\n'),
		`## ${t('llms.assistants')}`,
		t('llms.assistantsText', { download: links.sandbox, run: `\`${bundleCommand()}\``, node: SANDBOX_MIN_NODE_MAJOR, callbacks: `\`${flag('deliver-callbacks')}\``, base: `\`${sandboxAddress('base')}\``, key: TEST_KEY, fault: faultHeaderText() }),
		`## ${t('llms.optional')}`,
		[`- [${t('llms.full')}](${links.full})`, `- [${t('llms.openapi')}](${links.openapi})`].join('\n'),
	].join('\n\n') + '\n';
}

/** `llms-full.txt`: every page's Markdown, in the sidebar's order, under the summary. */
export function llmsFullTxt(locale: Locale, pages: MarkdownPage[]): string {
	const t = strings(locale);
	return [`# ${t('llms.fullTitle')}`, `> ${t('llms.summary')}`, ...pages.map((page) => `Source: ${page.url}\n\n${page.markdown.replace(/^(#+) /gm, '#$1 ')}`)].join('\n\n---\n\n');
}
