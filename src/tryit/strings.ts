/** The strings the panel's browser code shows; TryIt.astro hands them over in the page's language. */
export const panelStringKeys = [
	'sending',
	'send',
	'resetDone',
	'copy',
	'copied',
	'liveKey',
	'noWorker',
	'callbacksNone',
	'callbackFor',
	'callbackCurl',
	'callbackCurlUrl',
	'callbackCurlBadUrl',
	'fields',
	'notJson',
	'took',
	'headers',
	'remove',
	'item',
	'listMore',
	'jsonError',
	'formNeedsObject',
	'linkCopied',
	'linkOpened',
	'linkCorrupt',
	'linkNewer',
	'linkTooLarge',
	'linkLiveKey',
	'linkOtherKey',
	'linkUnknown',
	'history',
	'historyEmpty',
	'historyOff',
	'exportHar',
	'exportCurl',
	'fieldInForm',
	'fieldInReference',
	'failed',
	'copyFailed',
	'linkNotCopied',
	'loadFailed',
	'draftRestored',
	'draftRestart',
] as const;

export type Strings = Record<(typeof panelStringKeys)[number], string>;

/** `{{name}}` in a string, filled in: the site's one placeholder syntax. */
export function fill(text: string, values: Record<string, string | number>): string {
	return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
