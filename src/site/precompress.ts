import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Text files, which compress well. Pagefind's index files are not among them: Pagefind compresses those itself. */
export const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|txt|md|xml)$/;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

export interface Compressed {
	files: number;
	raw: number;
	gzip: number;
	brotli: number;
}

/**
 * Writes `.br` and `.gz` beside every text file of the list, at the best compression each format has,
 * for hosts that send a precompressed file as it is (nginx's brotli_static and gzip_static): the time
 * is spent once, at build time, instead of on every answer. Each keeps its file's modification time,
 * as gzip_static asks, so that both answer with the same Last-Modified.
 */
export async function precompress(dir: string, files: readonly string[]): Promise<Compressed> {
	const totals: Compressed = { files: 0, raw: 0, gzip: 0, brotli: 0 };
	await Promise.all(
		files
			.filter((file) => COMPRESSIBLE.test(file))
			.map(async (file) => {
				const path = join(dir, file);
				const [raw, { atime, mtime }] = await Promise.all([readFile(path), stat(path)]);
				const [asBrotli, asGzip] = await Promise.all([
					brotli(raw, {
						params: {
							[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
							[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
							[constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
						},
					}),
					gzipped(raw, { level: constants.Z_BEST_COMPRESSION, memLevel: 9 }),
				]);
				for (const [suffix, data] of [['.br', asBrotli], ['.gz', asGzip]] as const) {
					await writeFile(path + suffix, data);
					await utimes(path + suffix, atime, mtime);
				}
				totals.files++;
				totals.raw += raw.length;
				totals.gzip += asGzip.length;
				totals.brotli += asBrotli.length;
			}),
	);
	return totals;
}
