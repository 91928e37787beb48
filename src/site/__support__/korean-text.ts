/**
 * Whether a Korean text reads as Korean: English words may stand in it as names (WorkersAI, JSON,
 * `api_key`), never as its words. Used by the tests that keep the Korean pages Korean.
 */

// Names that stay as they are in Korean text: products, formats, protocols, tools.
const NAMES = new Set(
	[
		'WorkersAI', 'API', 'OpenAPI', 'JSON', 'Markdown', 'HAR', 'HTTP', 'HTTPS', 'URL', 'UUID', 'ISO', 'UTC', 'KiB', 'MiB',
		'Node.js', 'Node', 'npm', 'curl', 'Postman', 'Insomnia', 'Ruby', 'Python', 'JavaScript', 'CommonJS',
		'Ctrl', 'POST', 'GET', 'preflight', 'English', 'emoji', 'id',
		// The languages of the samples, as their tabs name them.
		'shell', 'ruby', 'python', 'javascript',
	].map((name) => name.toLowerCase()),
);

/** Code spans, URLs and anything that looks like an identifier are not words of the text. */
function words(text: string): string[] {
	return text
		.replace(/`[^`]*`/g, ' ')
		.replace(/https?:\/\/\S+/g, ' ')
		.split(/[\s(),:;!?“”"'‘’·…~]+/)
		.filter(Boolean);
}

const HANGUL = /[\uac00-\ud7a3]/;
const LATIN_WORD = /^[A-Za-z][a-z]+$/;
// An identifier, a path or a code: has an underscore, a slash, a dot inside, a digit, or is all capitals.
const IDENTIFIER = /[_\d/]|\w\.\w|^[A-Z]{2,}$/;

export interface KoreanTextFault {
	text: string;
	reason: string;
}

export function koreanTextFault(text: string): KoreanTextFault | undefined {
	let hangul = 0;
	let english = 0;
	for (const word of words(text)) {
		const latin = word.replace(/[\uac00-\ud7a3]+/g, '').replace(/[.\-]+$/, '');
		if (HANGUL.test(word)) hangul++;
		if (!latin || IDENTIFIER.test(latin) || NAMES.has(latin.toLowerCase())) continue;
		if (!LATIN_WORD.test(latin)) continue;
		// "request에": an English word wearing a Korean particle is a sentence left half translated.
		if (HANGUL.test(word) && latin.length >= 3) return { text, reason: `"${word}" is an English word in a Korean sentence` };
		if (!HANGUL.test(word)) english++;
	}
	if (english > hangul) return { text, reason: `${english} English words against ${hangul} Korean ones` };
	return undefined;
}
