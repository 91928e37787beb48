import type { Endpoint } from '../contract/index.ts';
import { keepDrafts } from './panel-drafts.ts';
import { fillablePanel, type Panel } from './panel-fill.ts';
import { panelActions } from './panel-actions.ts';
import { showPanelHistory } from './panel-history.ts';
import { followSamples } from './panel-samples.ts';
import { sendRequests } from './panel-send.ts';
import { panelState } from './panel-state.ts';

// Each endpoint's panel as it will be once mounted: asked for before, or after, it is.
const panels = new Map<Endpoint['id'], { mounted: Promise<Panel>; resolve: (panel: Panel) => void }>();

function entry(op: Endpoint['id']) {
	let found = panels.get(op);
	if (!found) {
		let resolve!: (panel: Panel) => void;
		const mounted = new Promise<Panel>((settle) => (resolve = settle));
		panels.set(op, (found = { mounted, resolve }));
	}
	return found;
}

/** The panel of an endpoint, opened and mounted; undefined where the page has none. */
export function panelFor(op: Endpoint['id']): Promise<Panel> | undefined {
	const root = document.querySelector<HTMLElement>(`try-it[data-operation="${op}"]`);
	if (!root) return undefined;
	root.querySelector('details')!.open = true;
	return entry(op).mounted;
}

/** Wires one Try it panel: the form, live samples, drafts, Send, the history, links, Reset, copy. */
export function mountPanel(root: HTMLElement): void {
	const state = panelState(root);
	followSamples(state);
	const drafts = keepDrafts(state);
	// After the draft is back: the history shown is the one of the key it holds.
	showPanelHistory(state, (request) => panelFor(request.op)?.then((panel) => panel.fill(request)));
	sendRequests(state);
	panelActions(state);
	entry(state.endpoint.id).resolve(fillablePanel(state, drafts));
	root.dataset.ready = '';
}
