/** The strings the panel's browser code shows; TryIt.astro hands them over in the page's language. */
export const panelStringKeys = ['sending', 'send', 'resetDone', 'copy', 'copied', 'liveKey', 'noWorker', 'callbacksNone', 'fields', 'notJson', 'took', 'headers'] as const;

export type Strings = Record<(typeof panelStringKeys)[number], string>;
