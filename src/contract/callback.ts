/**
 * How WorkersAI delivers a finished task to its `callback_url`. The browser's sandbox only shows the
 * body that would be sent; the local sandbox server sends it, as said here, when asked to.
 */
export const CALLBACK_HEADERS = { 'Content-Type': 'application/json', 'User-Agent': 'WorkersAI-Callback/1.0' } as const;

/** A 2xx answer within this time means delivered. */
export const CALLBACK_TIMEOUT_SECONDS = 10;

/** When each retry is sent, counted from the first attempt; after the last one, delivery is given up. */
export const CALLBACK_RETRY_DELAYS_SECONDS = [60, 5 * 60, 30 * 60, 2 * 60 * 60, 12 * 60 * 60] as const;

/** A delay as people say it in a locale: `5 min`, `2 hr`; `5분`, `2시간`. */
export function formatDelay(seconds: number, locale: 'en' | 'ko'): string {
	const [value, unit] = seconds % 3600 === 0 ? [seconds / 3600, 'hour'] : seconds % 60 === 0 ? [seconds / 60, 'minute'] : [seconds, 'second'];
	return new Intl.NumberFormat(locale, { style: 'unit', unit: unit as string, unitDisplay: 'short' }).format(value as number);
}
