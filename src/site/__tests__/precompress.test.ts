import { mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../precompress.ts';

describe('precompress', () => {
	let dir: string;
	const text = '<p>작업 Tasks</p>'.repeat(500);
	const then = new Date('2026-01-02T03:04:05Z');

	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'workersai-precompress-'));
		for (const file of ['index.html', 'page.js', 'openapi.json', 'fragment.pf_fragment', 'wasm.en.pagefind', '_headers']) {
			await writeFile(join(dir, file), text);
			await utimes(join(dir, file), then, then);
		}
	});
	afterAll(() => rm(dir, { recursive: true, force: true }));

	it('writes a .br and a .gz of every text file, which decode to it and keep its time', async () => {
		const totals = await precompress(dir, await readdir(dir));
		expect(totals.files).toBe(3);
		for (const file of ['index.html', 'page.js', 'openapi.json']) {
			expect(brotliDecompressSync(await readFile(join(dir, `${file}.br`))).toString()).toBe(text);
			expect(gunzipSync(await readFile(join(dir, `${file}.gz`))).toString()).toBe(text);
			expect((await stat(join(dir, `${file}.br`))).mtime).toEqual(then);
			expect((await stat(join(dir, `${file}.gz`))).mtime).toEqual(then);
		}
		expect(totals.brotli).toBeLessThan(totals.gzip);
		expect(totals.gzip).toBeLessThan(totals.raw / 10);
	});

	it("leaves Pagefind's index files and the host files alone", async () => {
		const files = await readdir(dir);
		expect(files.filter((file) => /^(fragment|wasm|_headers)/.test(file)).sort()).toEqual(['_headers', 'fragment.pf_fragment', 'wasm.en.pagefind']);
	});
});
