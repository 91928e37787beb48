import {
	BASE_URL,
	TEST_KEY,
	callbackExample,
	endpointById,
	endpointLabel,
	errorCatalog,
	errorStatuses,
	errorTypes,
	type Endpoint,
	type ErrorStatus,
	type Locale,
} from '../contract/index.ts';
import { endpointTables, objectSections, type FieldTableSpec } from '../reference/field-tables.ts';
import { fieldRows } from '../reference/fields.ts';
import { callbackDelivery, endpointResponseErrors, faultHeaderText, lifecycle, sandboxAddress, sandboxLimit, type SandboxLimitName, type Translate } from '../reference/page-facts.ts';
import { exampleRequest, highlightLanguage, renderSample, sampleLanguages } from '../samples/index.ts';
import { receiverFile, receiverLanguages, renderReceiver } from '../samples/receiver.ts';
import { docsReceiver, receiverRequests, sandboxCallbacksCommand, sandboxCiStep, sandboxCommands, sandboxDownloadUrl, sandboxFlagRows } from '../reference/sandbox-tool.ts';
import { SANDBOX_BUNDLE_FILE } from '../sandbox/config.ts';
import { SANDBOX_MIN_NODE_MAJOR } from '../sandbox/node-version.ts';
import { errorAnchor, errorsPage, pagePath } from '../site/pages.ts';

/**
 * The page components, as Markdown: what each renders as HTML, from the same contract walk and the
 * same strings, so that an assistant reading the Markdown has every endpoint, field, sample and
 * error a reader of the page has.
 */
export interface MarkdownContext {
	locale: Locale;
	t: Translate;
	/** Where the site's pages of this locale are, absolute: `https://docs.workers.ai/en/`. */
	pages: string;
	/** Where the site is, absolute: `https://docs.workers.ai/`. */
	site: string;
}

type Props = Record<string, string>;

/** A Markdown table cell: one line, pipes escaped. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);
const fence = (language: string, text: string, title?: string) => {
	const ticks = text.includes('```') ? '````' : '```';
	return `${ticks}${language}${title ? ` title="${title}"` : ''}\n${text.replace(/\n$/, '')}\n${ticks}`;
};
const json = (value: unknown, title?: string) => fence('json', JSON.stringify(value, null, 2), title);

function fieldTable(table: FieldTableSpec, { locale, t }: MarkdownContext): string {
	const rows = fieldRows(table.schema, table.io, locale, table.anchor);
	const input = table.io === 'input';
	const head = [t('ref.field'), t('ref.type'), ...(input ? [t('ref.presence')] : []), t('ref.description')];
	const lines = rows.map((row) => {
		const about = [
			row.description,
			row.values ? `${t('ref.oneOf')} ${row.values.map(code).join(', ')}` : '',
			row.default ? `${t('ref.default')}: ${code(row.default)}` : '',
		].filter(Boolean);
		const presence = input ? [row.required ? t('ref.required') : t('ref.optional')] : [];
		return `| ${[code(row.name), code(row.type), ...presence, about.join(' ')].map(cell).join(' | ')} |`;
	});
	return [`**${t(table.caption)}**`, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...lines].join('\n');
}

function samples(endpoint: Endpoint, baseUrl?: string): string {
	const request = exampleRequest(endpoint, baseUrl);
	return sampleLanguages.map((language) => fence(highlightLanguage[language], renderSample(language, request), endpointLabel(endpoint))).join('\n\n');
}

const errorLink = (status: ErrorStatus, context: MarkdownContext) => `${context.pages}${pagePath(errorsPage)}#${errorAnchor(status)}`;

function endpoint(props: Props, children: string, context: MarkdownContext): string {
	const { locale, t } = context;
	const found = endpointById(props.operation as Endpoint['id']);
	const responses = [
		`- ${code(String(found.success.status))} ${found.success.description[locale]}`,
		...endpointResponseErrors(found).map(
			(status) => `- [${code(String(status))} ${code(errorTypes[status])}](${errorLink(status, context)})${status === 405 ? ` ${t('ref.otherMethod')}` : ''}: ${errorCatalog[status].when[locale]}`,
		),
	];
	return [
		`## ${found.title[locale]}`,
		found.summary[locale],
		children,
		`### ${t('ref.httpRequest')}`,
		code(`${found.method} ${BASE_URL}${found.path}`),
		...endpointTables(found).map((table) => fieldTable(table, context)),
		...(found.body ? [t('ref.codePoints')] : []),
		`### ${t('ref.responses')}`,
		responses.join('\n'),
		`### ${t('ref.samples')}`,
		samples(found),
		`### ${t('ref.exampleResponse')}: ${found.success.status}`,
		json(found.success.example),
	]
		.filter(Boolean)
		.join('\n\n');
}

function errorCatalogMarkdown(context: MarkdownContext): string {
	const { locale, t } = context;
	const head = [t('errors.status'), t('errors.type'), t('errors.when'), t('errors.retry')];
	const rows = errorStatuses.map(
		(status) => `| ${[code(String(status)), code(errorTypes[status]), errorCatalog[status].when[locale], errorCatalog[status].retry ? t('errors.retryYes') : t('errors.retryNo')].map(cell).join(' | ')} |`,
	);
	const entries = errorStatuses.map((status) => [`### ${status} ${code(errorTypes[status])}`, errorCatalog[status].when[locale], json(errorCatalog[status].example, `${t('errors.example')}: ${status}`)].join('\n\n'));
	return [`## ${t('errors.heading')}`, `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows].join('\n') + '\n\n' + entries.join('\n\n');
}

function lifecycleMarkdown({ t }: MarkdownContext): string {
	const { create, pending, lanes, read, caption } = lifecycle(t);
	const step = (item: { text?: string; code?: string; state?: string }) => (item.state ? code(item.state) : [item.text, item.code && code(item.code)].filter(Boolean).join(' '));
	return [
		caption,
		'',
		`1. ${create.text} ${code(create.code)}`,
		`2. ${code(pending)}`,
		...lanes.map((lane, index) => `${index + 3}. ${lane.key}: ${lane.steps.map(step).join(' → ')}`),
		`${lanes.length + 3}. ${code(read.code)} ${read.text}`,
	].join('\n');
}

/** Flow components: each becomes a block of Markdown. */
export const flowComponents: Record<string, (props: Props, children: string, context: MarkdownContext) => string> = {
	Endpoint: endpoint,
	ObjectSection: (props, children, context) => {
		const { table, example, exampleTitle } = objectSections[props.object as keyof typeof objectSections];
		return [`## ${context.t(table.caption)}`, children, fieldTable(table, context), json(example, context.t(exampleTitle))].filter(Boolean).join('\n\n');
	},
	ErrorCatalog: (_, __, context) => errorCatalogMarkdown(context),
	CodeSamples: (props) => samples(endpointById(props.operation as Endpoint['id']), props.baseUrl),
	SandboxServerSamples: () => samples(endpointById('createTask'), sandboxAddress('base')),
	CallbackExample: () => json(callbackExample, `POST ${callbackExample.callback_url}`),
	CallbackDelivery: (_, __, { locale, t }) => callbackDelivery(locale, t).map(({ term, details }) => `- **${term}**: ${details.map((detail) => (details.length > 1 ? code(detail) : detail)).join(', ')}`).join('\n'),
	TaskLifecycle: (_, __, context) => lifecycleMarkdown(context),
	OpenApiLink: (_, __, { t, site }) => `[${t('openapi.link')}](${site}openapi.json)`,
	LegacyAnchors: () => '',
	SandboxCommands: (props, _, { site }) =>
		({
			get: () => `[${code(SANDBOX_BUNDLE_FILE)}](${sandboxDownloadUrl(site)})\n\n${fence('sh', sandboxCommands(site))}`,
			callbacks: () => fence('sh', sandboxCallbacksCommand()),
			ci: () => fence('yaml', sandboxCiStep(site)),
		})[props.show as 'get' | 'callbacks' | 'ci'](),
	SandboxOptions: (_, __, { locale, t }) =>
		[`| ${t('sandbox.option')} | ${t('ref.description')} |`, '|---|---|', ...sandboxFlagRows(locale).map(({ flag, description }) => `| ${cell(code(flag))} | ${cell(description)} |`)].join('\n'),
	ReceiverSamples: (props) => {
		if (props.show === 'requests') {
			const { create, read } = receiverRequests();
			return fence('sh', `${renderSample('shell', create)}\n\n${renderSample('shell', read)}`);
		}
		return receiverLanguages
			.map((language) => [fence(highlightLanguage[language], renderReceiver(language, docsReceiver), receiverFile[language].name), fence('sh', receiverFile[language].run)].join('\n\n'))
			.join('\n\n');
	},
	Aside: (props, children) => (props.title ? `> **${props.title}**\n>\n` : '') + children.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n'),
	Steps: (_, children) => children,
};

/** Text components: each becomes a code span, or plain text where the page shows it as such. */
export const textComponents: Record<string, (props: Props, context: MarkdownContext) => { code: string } | { text: string }> = {
	TestKey: () => ({ code: TEST_KEY }),
	BaseUrl: () => ({ code: BASE_URL }),
	FaultHeader: () => ({ code: faultHeaderText() }),
	SandboxAddress: (props) => ({ code: sandboxAddress(props.as as 'listen' | 'base') }),
	SandboxNodeVersion: () => ({ text: String(SANDBOX_MIN_NODE_MAJOR) }),
	SandboxLimit: (props, { locale }) => ({ text: sandboxLimit(props.of as SandboxLimitName, locale) }),
};
