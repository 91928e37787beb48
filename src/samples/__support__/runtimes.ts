import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { SampleLanguage } from '../index.ts';

const run = promisify(execFile);

/** How each language is run: the real tools a reader would use. */
const runtimes: Record<SampleLanguage, { file: string; command: string[]; probe: string[]; install: string }> = {
	shell: { file: 'sample.sh', command: ['sh'], probe: ['curl', '--version'], install: 'curl (apt-get install curl)' },
	ruby: { file: 'sample.rb', command: ['ruby'], probe: ['ruby', '-e', "require 'httparty'"], install: 'ruby with the httparty gem (apt-get install ruby-httparty)' },
	python: { file: 'sample.py', command: ['python3'], probe: ['python3', '-c', 'import requests'], install: 'python3 with requests (apt-get install python3-requests)' },
	javascript: { file: 'sample.mjs', command: [process.execPath], probe: [process.execPath, '-e', 'fetch'], install: 'Node.js 18 or later with fetch' },
};

/** Names every runtime that is missing, so a developer knows exactly what to install. */
export async function missingRuntimes(languages: SampleLanguage[]): Promise<string[]> {
	const missing: string[] = [];
	for (const language of languages) {
		const [command, ...args] = runtimes[language].probe;
		try {
			await run(command!, args, { timeout: 20_000 });
		} catch {
			missing.push(`${language}: needs ${runtimes[language].install}`);
		}
	}
	return missing;
}

export interface SampleRun {
	code: number;
	stdout: string;
	stderr: string;
}

export async function runSample(language: SampleLanguage, code: string): Promise<SampleRun> {
	const dir = await mkdtemp(join(tmpdir(), 'workersai-sample-'));
	try {
		const file = join(dir, runtimes[language].file);
		await writeFile(file, code);
		const [command, ...args] = runtimes[language].command;
		try {
			const { stdout, stderr } = await run(command!, [...args, file], { timeout: 30_000, cwd: dir });
			return { code: 0, stdout, stderr };
		} catch (error) {
			const failed = error as { code?: number; stdout?: string; stderr?: string; message: string };
			return { code: typeof failed.code === 'number' ? failed.code : 1, stdout: failed.stdout ?? '', stderr: failed.stderr || failed.message };
		}
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}
