/** Every error the API answers, by status, with its stable machine-readable type. */
export const errorTypes = {
	400: 'invalid_request',
	401: 'unauthorized',
	404: 'not_found',
	405: 'method_not_allowed',
	429: 'rate_limited',
	500: 'server_error',
	503: 'unavailable',
} as const;

export type ErrorStatus = keyof typeof errorTypes;
export const errorStatuses = Object.keys(errorTypes).map(Number) as ErrorStatus[];
