/** The middle value, or the mean of the two middle ones; benchmarks report medians, never means. */
export function median(values: readonly number[]): number {
	if (!values.length) throw new Error('median of no values');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
