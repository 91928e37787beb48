/**
 * `load` shared by every caller while it is on its way or once it has arrived. One that fails is
 * reported to `failed` and forgotten, so the next call asks again: code that did not arrive (a
 * dropped network, a redeploy) can still come, and what arrives is used once.
 */
export function loadOnce<T>(load: () => Promise<T>, failed: (error: unknown) => void): () => Promise<T> {
	let loading: Promise<T> | undefined;
	return () =>
		(loading ??= load().catch((error: unknown) => {
			loading = undefined;
			failed(error);
			throw error;
		}));
}
