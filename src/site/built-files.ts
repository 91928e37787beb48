import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file of a built site, relative to its folder with forward slashes, sorted. */
export async function builtFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** Every page of a built site, as `builtFiles` names them: `en/tasks/index.html`. */
export async function builtPages(dir: string): Promise<string[]> {
	return (await builtFiles(dir)).filter((file) => file.endsWith('.html'));
}
