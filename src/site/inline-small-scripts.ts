/** Below this many bytes, a component script without imports goes into the page instead of a file. */
export const INLINE_SCRIPT_BYTES = 1024;

/**
 * Vite's `build.assetsInlineLimit`, which Astro also asks of every component script it can inline
 * (one that imports nothing). Each script file the parser meets before the first screen costs the
 * main thread a request, well over what its bytes cost inline: Starlight's header and sidebar carry
 * four such scripts of under 800 bytes. Larger scripts stay files, cached once for every page, and
 * so do stylesheets and every other asset; all of it keeps a Tasks page within TCP's first window
 * (a built test holds it there).
 */
export function inlineSmallScripts(file: string, content: Buffer): boolean {
	return file.endsWith('.js') && content.byteLength < INLINE_SCRIPT_BYTES;
}
