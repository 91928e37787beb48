import { fileURLToPath } from 'node:url';

/** Where the bench reads and writes, from the repository's root whatever the working directory. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = `${projectRoot}dist/`;
/** Git-ignored: the peers' pages and the raw results go here. */
export const tmpDir = `${projectRoot}tmp/`;
/** The bench's own package folder: the peers and Lighthouse, which the project's install leaves out. */
export const benchPackageDir = fileURLToPath(new URL('./', import.meta.url));
