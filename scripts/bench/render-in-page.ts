/*
 * What the render section runs inside the page. These functions are sent to the browser as source
 * text: they may use nothing from outside their own body.
 */
import type { LongTask } from './stats.ts';

/** How to find a page's first operation heading: the first visible match, outside navigation, containing `text` if given. */
export interface Heading {
	selector: string;
	text?: string;
}

/** What the page records while it loads, on `window.__renderBench`. */
export interface PageRecord {
	longTasks: LongTask[];
	/** Where the last long task ended, ms from navigation start: the page is quiet a while after it. */
	lastLongTaskEnd: number;
	/** ms from navigation start when the first operation heading was first laid out and visible. */
	headingVisible: number | null;
}

/**
 * Installed before any of the page's scripts: long tasks are not kept in the performance timeline,
 * so they must be observed from the start. With a heading, every animation frame looks for it
 * until it is laid out with a box and visible (outside navigation); the check forces that frame's
 * style and layout, so the time is taken before its paint.
 */
export function recordRendering(heading: Heading | null): void {
	if (window !== window.top) return;
	const record: PageRecord = { longTasks: [], lastLongTaskEnd: 0, headingVisible: null };
	(window as unknown as { __renderBench: PageRecord }).__renderBench = record;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			record.longTasks.push([entry.startTime, entry.duration]);
			record.lastLongTaskEnd = Math.max(record.lastLongTaskEnd, entry.startTime + entry.duration);
		}
	}).observe({ type: 'longtask', buffered: true });
	if (!heading) return;

	const navigation = 'nav, aside, [role=navigation], [role=menu], [role=menubar], [role=tree], [role=dialog], [aria-hidden=true], [hidden]';
	const wanted = heading.text?.replace(/\s+/g, ' ').trim().toLowerCase();
	const visible = (element: Element) => {
		const box = element.getBoundingClientRect();
		return box.width > 0 && box.height > 0 && element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
	};
	const look = () => {
		for (const element of document.querySelectorAll(heading.selector)) {
			if (wanted && !(element.textContent ?? '').replace(/\s+/g, ' ').toLowerCase().includes(wanted)) continue;
			if (element.closest(navigation) || !visible(element)) continue;
			record.headingVisible = performance.now();
			return;
		}
		requestAnimationFrame(look);
	};
	requestAnimationFrame(look);
}

/** Where the page's last long task ended and what time it is now, both ms from navigation start. */
export function pageClock(): { now: number; lastLongTaskEnd: number } {
	const record = (window as unknown as { __renderBench?: PageRecord }).__renderBench;
	return { now: performance.now(), lastLongTaskEnd: record?.lastLongTaskEnd ?? 0 };
}

/**
 * The page's figures once it is quiet, besides its paints (src/site/paint-entries.ts). Long tasks and
 * the heading come from what the page recorded itself: none with JavaScript disabled.
 */
export function readRendering() {
	const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
	const record = (window as unknown as { __renderBench?: PageRecord }).__renderBench;
	return {
		load: navigation?.loadEventEnd || null,
		domElements: document.getElementsByTagName('*').length,
		longTasks: record?.longTasks ?? null,
		headingVisible: record?.headingVisible ?? null,
	};
}
