import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { benchPackageDir } from './paths.ts';

/**
 * The peers and Lighthouse are the bench's alone: they live in its own package folder, out of the
 * project's install, and are installed from its lockfile the first time a section needs them.
 */
export function ensureBenchDependencies(): void {
	if (existsSync(`${benchPackageDir}node_modules/.package-lock.json`)) return;
	console.log(`Installing the bench's own dependencies in ${benchPackageDir} (once)…`);
	execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: benchPackageDir, stdio: 'inherit' });
}

const benchRequire = createRequire(`${benchPackageDir}package.json`);

/** Where a package the bench depends on is installed, with a trailing slash: npm puts direct dependencies at the top. */
export function benchPackagePath(name: string): string {
	ensureBenchDependencies();
	return `${benchPackageDir}node_modules/${name}/`;
}

/** Imports a package of the bench's from its own folder, whatever the project itself has installed. */
export async function importBenchPackage<T>(name: string): Promise<T> {
	ensureBenchDependencies();
	return (await import(pathToFileURL(benchRequire.resolve(name)).href)) as T;
}
