import { execFileSync } from 'node:child_process';
import { projectRoot } from './paths.ts';

/** Builds the site into dist/ as `npm run build` does; the seconds it took. */
export function buildSite(): number {
	const started = performance.now();
	try {
		execFileSync('npx', ['astro', 'build'], { cwd: projectRoot, stdio: 'pipe' });
	} catch (error) {
		const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
		throw new Error(`the build failed:\n${stdout ?? ''}${stderr ?? ''}`);
	}
	return (performance.now() - started) / 1000;
}
