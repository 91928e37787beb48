// har-validator ships no types; its promise API resolves to the HAR when it is valid and rejects otherwise.
declare module 'har-validator/lib/promise.js' {
	export function har(data: unknown): Promise<unknown>;
}
