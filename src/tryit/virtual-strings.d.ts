declare module 'virtual:try-it-strings/*' {
	const strings: import('./strings.ts').Strings;
	export default strings;
}
