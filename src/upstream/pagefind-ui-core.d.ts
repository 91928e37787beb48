// @pagefind/default-ui ships no types.
declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
	export class PagefindUI {
		constructor(options: object);
	}
}
