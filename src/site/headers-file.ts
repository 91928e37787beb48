import type { HeaderRule } from './header-rules.ts';

// Cloudflare Pages reads at most 100 rules and 2,000 characters a line; Netlify reads more of both.
const MAX_RULES = 100;
const MAX_LINE = 2000;

/** `_headers`, the file of header rules Netlify and Cloudflare Pages read from the site's folder. */
export function headersFile(rules: readonly HeaderRule[]): string {
	if (rules.length > MAX_RULES) throw new Error(`_headers: ${rules.length} rules, more than the ${MAX_RULES} Cloudflare Pages reads`);
	const lines = ['# Written by `npm run build` (src/site/headers-file.ts) from the built pages: do not edit.'];
	for (const { path, headers } of rules) {
		if (!path.startsWith('/') || /\s/.test(path)) throw new Error(`_headers: a rule's path must start with / and hold no space: ${JSON.stringify(path)}`);
		lines.push('', path);
		for (const [name, value] of Object.entries(headers)) {
			if (/[\r\n]/.test(value)) throw new Error(`_headers: the ${name} of ${path} holds a line break`);
			const line = `  ${name}: ${value}`;
			if (line.length > MAX_LINE) throw new Error(`_headers: the ${name} of ${path} makes a line of ${line.length} characters, more than the ${MAX_LINE} Cloudflare Pages reads`);
			lines.push(line);
		}
	}
	return `${lines.join('\n')}\n`;
}
