import { KEY_SECRET_LENGTH } from './keys.ts';
import { MAX_BODY_BYTES, MAX_CATEGORIES, MAX_CATEGORY, MAX_INSTRUCTION, MAX_METADATA_BYTES, MAX_TEXT_ATTACHMENT, MAX_URL, MIN_CATEGORIES, limitCount, limitKib } from './limits.ts';

export type Locale = 'en' | 'ko';
/** A text of the docs in both of their languages. */
export type Bilingual = Record<Locale, string>;

/**
 * Every rule a request can break, as a field error's `message` says it. The API speaks English;
 * the Try it panel shows the Korean beside it while a reader types. Schemas name a rule by its key
 * (`rule.notEmpty`), and `ruleText` turns the key into words.
 */
export const ruleMessages = {
	required: { en: 'is required', ko: '필수 항목입니다' },
	unknownField: { en: 'is not a known field', ko: '알 수 없는 필드입니다' },
	string: { en: 'must be a string', ko: '문자열이어야 합니다' },
	notEmpty: { en: 'must not be empty', ko: '비어 있으면 안 됩니다' },
	object: { en: 'must be an object', ko: '객체여야 합니다' },
	jsonObject: { en: 'must be a JSON object', ko: 'JSON 객체여야 합니다' },
	validJson: { en: 'must be valid JSON', ko: '올바른 JSON이어야 합니다' },
	bodyTooLarge: { en: `must be at most ${limitKib(MAX_BODY_BYTES)}`, ko: `${limitKib(MAX_BODY_BYTES)} 이하여야 합니다` },
	taskType: { en: 'must be "categorization", the only task type for now', ko: '"categorization"이어야 합니다. 지금은 이 유형 하나뿐입니다' },
	instructionTooLong: { en: `must be at most ${limitCount(MAX_INSTRUCTION)} characters`, ko: `${limitCount(MAX_INSTRUCTION)}자 이하여야 합니다` },
	attachmentType: { en: 'must be "image" or "text"', ko: '"image" 또는 "text"여야 합니다' },
	imageUrl: { en: 'must be an absolute http(s) URL when attachment_type is "image"', ko: 'attachment_type이 "image"이면 절대 http(s) URL이어야 합니다' },
	textTooLong: {
		en: `must be at most ${limitCount(MAX_TEXT_ATTACHMENT)} characters when attachment_type is "text"`,
		ko: `attachment_type이 "text"이면 ${limitCount(MAX_TEXT_ATTACHMENT)}자 이하여야 합니다`,
	},
	categoryList: { en: 'must be an array of strings', ko: '문자열 배열이어야 합니다' },
	tooFewCategories: { en: `must have at least ${MIN_CATEGORIES} categories`, ko: `카테고리가 ${MIN_CATEGORIES}개 이상이어야 합니다` },
	tooManyCategories: { en: `must have at most ${MAX_CATEGORIES} categories`, ko: `카테고리는 ${MAX_CATEGORIES}개 이하여야 합니다` },
	repeatedCategory: { en: 'must not repeat a category', ko: '같은 카테고리가 두 번 나오면 안 됩니다' },
	categoryTooLong: { en: `must be at most ${MAX_CATEGORY} characters`, ko: `${MAX_CATEGORY}자 이하여야 합니다` },
	httpUrl: { en: 'must be an absolute http(s) URL', ko: '절대 http(s) URL이어야 합니다' },
	urlTooLong: { en: `must be a URL of at most ${limitCount(MAX_URL)} characters`, ko: `${limitCount(MAX_URL)}자 이하의 URL이어야 합니다` },
	metadataTooLarge: { en: `must be at most ${limitKib(MAX_METADATA_BYTES)} as JSON`, ko: `JSON으로 ${limitKib(MAX_METADATA_BYTES)} 이하여야 합니다` },
} as const satisfies Record<string, Bilingual>;

export type RuleId = keyof typeof ruleMessages;

/** The key of each rule, for schemas: `.min(1, rule.notEmpty)`. */
export const rule = Object.fromEntries(Object.keys(ruleMessages).map((id) => [id, id])) as { readonly [K in RuleId]: K };

function isRuleId(value: string): value is RuleId {
	return Object.hasOwn(ruleMessages, value);
}

/** The words of a rule; anything that is not a rule's key is already words and stays as it is. */
export function ruleText(message: string, locale: Locale): string {
	return isRuleId(message) ? ruleMessages[message][locale] : message;
}

/** The `message` sentence of each error the API answers. The API speaks English only. */
export const apiMessages = {
	invalidFields: (count: number) => `The request has ${count} invalid field${count === 1 ? '' : 's'}.`,
	missingKey: 'The api_key query parameter is missing.',
	malformedKey: `The api_key is malformed: a key is test_ or live_ followed by ${KEY_SECRET_LENGTH} letters or digits.`,
	liveKeyInSandbox: 'Live keys are never accepted by the sandbox, and a live key must never appear in documentation. Use a test key.',
	noTask: (id: string) => `No task with external_id ${id} for this key.`,
	noPath: (path: string) => `There is no ${path} in the WorkersAI API.`,
	methodNotAllowed: (method: string, path: string, allow: readonly string[]) => `${method} is not allowed on ${path}. Allowed: ${allow.join(', ')}.`,
	rateLimited: 'Too many requests. Retry later.',
	serverError: 'Something went wrong on our side. Retry later.',
	unavailable: 'WorkersAI is down for maintenance. Retry later.',
} as const;
