// The project's layers, enforced by `npm run check:deps` (part of `npm test`). README.md's layout
// table says the same in prose: change both together.

/**
 * Which of our folders each folder may import, besides itself. Read as a ladder: nothing imports
 * upwards, so no two folders can import each other. Tests (`__tests__`, `__e2e__`, `__built__`,
 * `__samples__`, `__support__`) may import any folder of src/ and mocks/, never scripts/.
 */
const layers = {
	// The API alone: zod and itself.
	'src/contract': [],
	// What the site relies on of Starlight, Pagefind and MSW beyond their public options.
	'src/upstream': [],
	// Shared by the browser and the build: the sandbox's logic, the samples, the page derivations.
	'src/sandbox': ['src/contract'],
	'src/samples': ['src/contract'],
	'src/reference': ['src/contract', 'src/sandbox', 'src/samples'],
	// MSW's entry points around the sandbox.
	mocks: ['src/upstream', 'src/contract', 'src/sandbox'],
	// Browser code, loaded when a reader reaches for it.
	'src/tryit': ['src/upstream', 'src/contract', 'src/sandbox', 'src/samples', 'src/reference', 'mocks'],
	'src/search': ['src/upstream'],
	// Build-time code.
	'src/site': ['src/upstream', 'src/contract', 'src/sandbox', 'src/samples', 'src/reference', 'src/content'],
	'src/llms': ['src/upstream', 'src/contract', 'src/sandbox', 'src/samples', 'src/reference', 'src/site', 'src/content'],
	'src/pages': ['src/contract', 'src/sandbox', 'src/reference', 'src/site', 'src/llms'],
	// Tools run by hand: the bench.
	scripts: ['src/upstream', 'src/contract', 'src/sandbox', 'src/samples', 'src/reference', 'src/site'],
};

/** Browser code: it may not reach Node's modules or anything that runs only at build time. */
const browserCode = ['^src/tryit/', '^src/search/', '^mocks/browser\\.ts$', '^src/components/[^/]+\\.ts$'];

const TESTS = '(^|/)__(tests|e2e|built|samples|support)__/';
const OURS = '^(src|mocks|scripts)/';
const escape = (path) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			severity: 'error',
			comment: 'A cycle of modules: one of them does two jobs, or a shared piece wants a module of its own.',
			from: {},
			to: { circular: true },
		},
		{
			name: 'contract-is-a-leaf',
			severity: 'error',
			comment: 'src/contract/ is the API alone: it imports zod and itself, nothing else of ours or of npm.',
			from: { path: '^src/contract/', pathNot: TESTS },
			to: { pathNot: ['^src/contract/', '(^|/)node_modules/zod/'] },
		},
		...Object.entries(layers).map(([folder, allowed]) => ({
			name: `layers: ${folder}`,
			severity: 'error',
			comment: `${folder}/ may import ${allowed.length ? allowed.join(', ') : 'none of our other folders'} (see layers in .dependency-cruiser.cjs).`,
			from: { path: `^${escape(folder)}/`, pathNot: TESTS },
			to: { path: OURS, pathNot: [`^${escape(folder)}/`, ...allowed.map((other) => `^${escape(other)}/`)] },
		})),
		{
			name: 'browser-code-not-to-node',
			severity: 'error',
			comment: "Browser code cannot use Node's own modules.",
			from: { path: browserCode, pathNot: TESTS },
			to: { dependencyTypes: ['core'] },
		},
		{
			name: 'tests-not-to-scripts',
			severity: 'error',
			comment: 'scripts/ holds tools (the bench); what a test needs lives with the tests, in a __support__ folder.',
			from: { path: TESTS, pathNot: '^scripts/' },
			to: { path: '^scripts/' },
		},
		{
			name: 'no-undeclared-packages',
			severity: 'error',
			comment: 'Every package the code imports is declared in package.json, so that npm ci installs it.',
			from: { pathNot: '(^|/)node_modules/' },
			to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
		},
		{
			name: 'not-to-unresolvable',
			severity: 'error',
			comment: 'An import that resolves to no file.',
			from: {},
			// Virtual modules (Astro's, Expressive Code's) exist only inside the build.
			to: { couldNotResolve: true, pathNot: '^(astro|virtual):' },
		},
	],
	options: {
		doNotFollow: { path: '(^|/)node_modules/' },
		exclude: { path: ['^dist', '^tmp/', '^scripts/bench/node_modules/'] },
		tsPreCompilationDeps: true,
		// scripts/bench/ is a package of its own for the peers it measures; it runs with the project's tools.
		combinedDependencies: true,
		tsConfig: { fileName: 'tsconfig.json' },
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['types', 'import', 'require', 'node', 'default'],
			mainFields: ['types', 'typings', 'module', 'main'],
			extensions: ['.ts', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
		},
	},
};
