export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A figure in whole units, or a dash where nothing was measured. */
export const whole = (value: number | null) => (value === null ? '-' : Math.round(value).toLocaleString('en'));

/** `a` as a multiple of `b`, e.g. `0.21x`. */
export const times = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? '-' : `${(a / b).toFixed(2)}x`);

/** Prints rows under their headers: the first column left-aligned, the figures right-aligned. */
export function printTable(headers: readonly string[], rows: readonly (readonly string[])[]): void {
	const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column]!.length)));
	const line = (cells: readonly string[]) => cells.map((cell, column) => (column ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd();
	console.log(line(headers));
	for (const row of rows) console.log(line(row));
}
