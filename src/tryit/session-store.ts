/** This tab's session storage, or none where the browser blocks it: history and drafts then go without. */
export function sessionStore(): Storage | undefined {
	try {
		return window.sessionStorage;
	} catch {
		return undefined;
	}
}
