/**
 * A page's first contentful paint and largest paint, as the page's timeline has them; runs in the
 * page (`page.evaluate(bufferedPaints, within)`), so it is self-contained. The entries are read
 * from the timeline's buffer at once: this works with JavaScript disabled too, where no observer
 * callback would ever run. `within`: a selector, to tell whether the largest paint's element is in it.
 */
export function bufferedPaints(within?: string) {
	const buffered = (type: string) => {
		const observer = new PerformanceObserver(() => {});
		observer.observe({ type, buffered: true });
		const entries = observer.takeRecords();
		observer.disconnect();
		return entries;
	};
	const largest = buffered('largest-contentful-paint').at(-1) as (PerformanceEntry & { element: Element | null }) | undefined;
	return {
		fcp: buffered('paint').find((entry) => entry.name === 'first-contentful-paint')?.startTime ?? null,
		lcp: largest?.startTime ?? null,
		lcpWithin: within === undefined ? null : !!largest?.element?.closest(within),
	};
}
