/** The middle value, or the mean of the two middle ones; benchmarks report medians, never means. */
export function median(values: readonly number[]): number {
	if (!values.length) throw new Error('median of no values');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median of the values that were measured (null: this run could not measure it); null when none was. */
export function medianOfMeasured(values: readonly (number | null)[]): number | null {
	const measured = values.filter((value): value is number => value !== null && Number.isFinite(value));
	return measured.length ? median(measured) : null;
}

/** A long task as the `longtask` performance entry gives it: start and duration, in ms. */
export type LongTask = readonly [start: number, duration: number];

/** Tasks up to this long do not count as blocking (the RAIL budget, as Lighthouse uses it). */
const BLOCKING_THRESHOLD_MS = 50;

/**
 * Total blocking time: over the long tasks, the sum of each one's part beyond 50 ms. With `from`
 * (first contentful paint, as Lighthouse counts it), a task that began earlier counts only from there.
 */
export function blockingTime(tasks: readonly LongTask[], from = 0): number {
	return tasks.reduce((sum, [start, duration]) => {
		const counted = start + duration - Math.max(start, from);
		return sum + Math.max(0, counted - BLOCKING_THRESHOLD_MS);
	}, 0);
}

/** The long tasks' durations, added up in full (blocking time counts only each one's part past 50 ms). */
export function longTaskTime(tasks: readonly LongTask[]): number {
	return tasks.reduce((sum, [, duration]) => sum + duration, 0);
}
