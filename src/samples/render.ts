import { toLiteral } from './literals.ts';

export const sampleLanguages = ['shell', 'ruby', 'python', 'javascript'] as const;
export type SampleLanguage = (typeof sampleLanguages)[number];

/** The highlighter's name for each tab's language. */
export const highlightLanguage: Record<SampleLanguage, string> = {
	shell: 'sh',
	ruby: 'ruby',
	python: 'python',
	javascript: 'js',
};

export interface SampleRequest {
	method: string;
	/** Absolute URL, query string included. */
	url: string;
	/** Parsed JSON is written as a literal of the language; `{ raw }` is text sent as it stands: not JSON (yet), or nested too deep to write level by level. */
	body?: { json: unknown } | { raw: string };
}

/** POSIX shell single quoting: everything is literal, a quote closes, escapes and reopens. */
export function shellQuote(value: string): string {
	return `'${value.replace(/'/g, `'\\''`)}'`;
}

function bodyText(body: NonNullable<SampleRequest['body']>): string {
	return 'json' in body ? JSON.stringify(body.json, null, 2) : body.raw;
}

const renderers: Record<SampleLanguage, (request: SampleRequest) => string> = {
	shell({ method, url, body }) {
		// -d makes curl POST by itself; any other method with a body, or without one, is named.
		const implied = body ? 'POST' : 'GET';
		const lines = [`curl ${method === implied ? '' : `-X ${method} `}${shellQuote(url)}`];
		if (body) lines.push(`  -H 'Content-Type: application/json'`, `  -d ${shellQuote(bodyText(body))}`);
		return lines.join(' \\\n');
	},
	ruby({ method, url, body }) {
		const verb = method.toLowerCase();
		const head = ["require 'httparty'", ...(body && 'json' in body ? ["require 'json'"] : []), ''];
		const urlLiteral = toLiteral(url, 'ruby');
		if (!body) return [...head, `response = HTTParty.${verb}(${urlLiteral})`, 'puts response.body', ''].join('\n');
		const payload = 'json' in body ? `JSON.generate(${toLiteral(body.json, 'ruby', '  ')})` : toLiteral(body.raw, 'ruby');
		return [
			...head,
			`response = HTTParty.${verb}(`,
			`  ${urlLiteral},`,
			`  headers: { 'Content-Type' => 'application/json' },`,
			`  body: ${payload}`,
			')',
			'puts response.body',
			'',
		].join('\n');
	},
	python({ method, url, body }) {
		const verb = method.toLowerCase();
		const head = ['import requests', ''];
		const urlLiteral = toLiteral(url, 'python');
		if (!body) return [...head, `response = requests.${verb}(${urlLiteral})`, 'print(response.text)', ''].join('\n');
		const payload =
			'json' in body
				? `json=${toLiteral(body.json, 'python', '', '    ').replace(/\n/g, '\n    ')}`
				: `data=${toLiteral(body.raw, 'python')},\n    headers={"Content-Type": "application/json"}`;
		return [...head, `response = requests.${verb}(`, `    ${urlLiteral},`, `    ${payload},`, ')', 'print(response.text)', ''].join('\n');
	},
	javascript({ method, url, body }) {
		const urlLiteral = toLiteral(url, 'javascript');
		if (!body && method === 'GET') {
			return [`const response = await fetch(${urlLiteral});`, 'console.log(await response.text());', ''].join('\n');
		}
		const options = [`  method: ${toLiteral(method, 'javascript')},`];
		if (body) {
			const payload = 'json' in body ? `JSON.stringify(${toLiteral(body.json, 'javascript', '  ')})` : toLiteral(body.raw, 'javascript');
			options.push(`  headers: { "Content-Type": "application/json" },`, `  body: ${payload},`);
		}
		return [`const response = await fetch(${urlLiteral}, {`, ...options, '});', 'console.log(await response.text());', ''].join('\n');
	},
};

export function renderSample(language: SampleLanguage, request: SampleRequest): string {
	return renderers[language](request);
}
