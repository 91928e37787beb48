import {
	API_PATH,
	CALLBACK_HEADERS,
	CALLBACK_RETRY_DELAYS_SECONDS,
	CALLBACK_TIMEOUT_SECONDS,
	endpointById,
	endpointErrors,
	endpointLabel,
	formatDelay,
	KEY_SECRET_LENGTH,
	limitKib,
	TEST_MODE_HEX_DIGITS,
	TEST_MODE_RULE_JS,
	MAX_BODY_BYTES,
	retryableStatuses,
	routes,
	taskStatusSchema,
	type Endpoint,
	type ErrorStatus,
	type Locale,
} from '../contract/index.ts';
import {
	FAULT_HEADER,
	FAULT_STATUSES,
	MAX_BODY_DEPTH,
	SANDBOX_HOST,
	SANDBOX_MAX_BYTES,
	SANDBOX_MAX_BYTES_PER_KEY,
	SANDBOX_MAX_KEYS,
	SANDBOX_ORIGIN,
	SANDBOX_PORT,
} from '../sandbox/config.ts';

/**
 * The small facts the pages state in more than one place: in several components, and in llms.txt
 * (src/llms/), which is written apart from the pages. Each is put into words once, here.
 */

/** A translation lookup, as Starlight's `Astro.locals.t` or the site's own strings. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The contract's figures that the site's strings name by placeholder (`{{maxBody}}`), in a locale's
 * words, so that no string types a limit of its own.
 */
export function textFacts(locale: Locale): Record<string, string> {
	return {
		keyLength: String(KEY_SECRET_LENGTH),
		testModeDigits: String(TEST_MODE_HEX_DIGITS),
		testModeRule: TEST_MODE_RULE_JS,
		maxBody: limitKib(MAX_BODY_BYTES),
		retryStatuses: new Intl.ListFormat(locale, { type: 'disjunction' }).format(retryableStatuses.map(String)),
	};
}

export const faultHeaderText = () => `${FAULT_HEADER}: ${FAULT_STATUSES.join(' | ')}`;

export const sandboxAddress = (as: 'listen' | 'base') => (as === 'listen' ? `${SANDBOX_HOST}:${SANDBOX_PORT}` : `${SANDBOX_ORIGIN}${API_PATH}`);

const count = (value: number) => (locale: Locale) => value.toLocaleString(locale);
const mib = (bytes: number) => () => `${bytes / 1024 / 1024} MiB`;
const sandboxLimits = { bytesPerKey: mib(SANDBOX_MAX_BYTES_PER_KEY), bytes: mib(SANDBOX_MAX_BYTES), keys: count(SANDBOX_MAX_KEYS), bodyDepth: count(MAX_BODY_DEPTH) };
export type SandboxLimitName = keyof typeof sandboxLimits;

/** One of the sandbox's limits, as running text of a locale writes it: `100`, `8 MiB`. */
export const sandboxLimit = (of: SandboxLimitName, locale: Locale) => sandboxLimits[of](locale);

/** The errors listed under an endpoint, by status: its own and every request's; 405 once per path, under its first endpoint. */
export function endpointResponseErrors(endpoint: Endpoint): ErrorStatus[] {
	const route = routes.find((candidate) => candidate.endpoints.includes(endpoint))!;
	return [...endpointErrors(endpoint.errors), ...(route.endpoints[0] === endpoint ? [405 as const] : [])].sort((a, b) => a - b);
}

/** How a callback is delivered, as terms and their details, in a locale's words. */
export function callbackDelivery(locale: Locale, t: Translate): { term: string; details: string[] }[] {
	// Korean lists times with commas alone; Intl's conjunction puts a formal 및 before the last.
	const each = CALLBACK_RETRY_DELAYS_SECONDS.map((seconds) => formatDelay(seconds, locale));
	const delays = locale === 'ko' ? each.join(', ') : new Intl.ListFormat(locale, { type: 'conjunction' }).format(each);
	return [
		{ term: t('callback.headers'), details: Object.entries(CALLBACK_HEADERS).map(([name, value]) => `${name}: ${value}`) },
		{ term: t('callback.timeout'), details: [t('callback.timeoutValue', { seconds: formatDelay(CALLBACK_TIMEOUT_SECONDS, locale) })] },
		{ term: t('callback.retries'), details: [t('callback.retriesValue', { count: CALLBACK_RETRY_DELAYS_SECONDS.length, delays })] },
		{ term: t('callback.guarantee'), details: [t('callback.guaranteeValue')] },
	];
}

/** The lifecycle of a task: the first step, the state, the two lanes (live key, test key), the last step. */
export function lifecycle(t: Translate) {
	const { pending, completed } = taskStatusSchema.enum;
	return {
		create: { text: t('lifecycle.create'), code: endpointLabel(endpointById('createTask')) },
		pending,
		lanes: [
			{ key: t('lifecycle.liveKey'), steps: [{ text: t('lifecycle.people') }, { state: completed }, { text: t('lifecycle.callback') }] },
			{ key: t('lifecycle.testKey'), steps: [{ text: t('lifecycle.firstRead') }, { state: completed }, { text: t('lifecycle.callbackAfterRead') }] },
		],
		read: { code: endpointLabel(endpointById('getTask')), text: t('lifecycle.anyTime') },
		caption: t('lifecycle.caption'),
	};
}
