import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Endpoint } from '../../contract/index.ts';
import { builtPages } from '../../site/built-files.ts';
import { highlightLanguage, sampleLanguages, type SampleLanguage } from '../index.ts';

export interface PageSample {
	page: string;
	operation: Endpoint['id'];
	language: SampleLanguage;
	code: string;
}

/**
 * Every request sample of the built site, exactly as its copy button hands it to a reader
 * (Expressive Code keeps the code in `data-code`, with U+007F for each line break).
 */
export async function extractSamples(dist: string): Promise<PageSample[]> {
	const samples: PageSample[] = [];
	for (const page of await builtPages(dist)) {
		const root = parse(await readFile(join(dist, page), 'utf8'));
		for (const block of root.querySelectorAll('[data-sample][data-operation]')) {
			const language = block.getAttribute('data-sample') as SampleLanguage;
			const copy = block.querySelector('button[data-code]');
			if (!sampleLanguages.includes(language) || !copy) throw new Error(`${page}: a sample block without a copy button`);
			samples.push({
				page: `/${page.replace(/index\.html$/, '')}`,
				operation: block.getAttribute('data-operation') as Endpoint['id'],
				language,
				code: copy.getAttribute('data-code')!.replace(/\u007f/g, '\n'),
			});
		}
	}
	return samples;
}

// The Markdown fences a sample with its highlighter's name for the language (`sh` for shell).
const fenceLanguage = new Map<string, SampleLanguage>(sampleLanguages.map((language) => [highlightLanguage[language], language]));
const fencedSample = new RegExp(`^\`\`\`(${[...fenceLanguage.keys()].join('|')}) title="[A-Z]+ [^"]+"\n([\\s\\S]*?)\n\`\`\`$`, 'gm');

/**
 * Every request sample of a Markdown file of the site (llms-full.txt), as an assistant reads it:
 * fenced code titled with its request (`title="GET /v1/tasks"`), in one of the four languages.
 */
export async function extractMarkdownSamples(dist: string, file: string): Promise<Pick<PageSample, 'language' | 'code'>[]> {
	const text = await readFile(join(dist, file), 'utf8');
	return [...text.matchAll(fencedSample)].map(([, language, code]) => ({
		language: fenceLanguage.get(language!)!,
		code: code!,
	}));
}
