import { z } from './zod.ts';

/** One host everywhere; https because the key travels in the URL. */
export const BASE_URL = 'https://api.workers.ai/v1';
export const API_ORIGIN = new URL(BASE_URL).origin;
export const API_PATH = new URL(BASE_URL).pathname;

/** The documented test key, exactly as the seed wrote it. */
export const TEST_KEY = 'test_tV4NttbVsN3crLCFonEj';

/** How many letters or digits follow a key's `test_` or `live_`. */
export const KEY_SECRET_LENGTH = 20;

export const API_KEY_PATTERN = new RegExp(`^(test|live)_[A-Za-z0-9]{${KEY_SECRET_LENGTH}}$`);

export const apiKeySchema = z.string().regex(API_KEY_PATTERN).meta({
	description: `Your API key: \`test_\` or \`live_\` followed by ${KEY_SECRET_LENGTH} letters or digits.`,
	'x-description-ko': `API 키. \`test_\` 또는 \`live_\` 뒤에 영문자나 숫자 ${KEY_SECRET_LENGTH}개가 붙습니다.`,
	example: TEST_KEY,
});

export type KeyMode = 'test' | 'live';

export function keyMode(key: string): KeyMode | undefined {
	const match = API_KEY_PATTERN.exec(key);
	return match ? (match[1] as KeyMode) : undefined;
}
