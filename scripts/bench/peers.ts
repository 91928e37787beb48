import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { benchPackagePath } from './deps.ts';
import { tmpDir } from './paths.ts';
import type { Heading } from './render-in-page.ts';

/**
 * Redoc, Swagger UI and Scalar, each rendering our own OpenAPI document as a static page built from
 * its npm package's standalone browser bundle, the way these tools are usually deployed: the page
 * loads `openapi.json` beside it. Nothing comes from a CDN; what a peer still asks the internet
 * for is blocked and counted by the render section.
 */
export const peersDir = `${tmpDir}peers/`;

export interface PeerPage {
	name: string;
	/** `redoc@2.5.4`: what was measured. */
	release: string;
	/** Below the peers' server root: `/redoc/`. */
	path: string;
	heading: Heading;
}

interface Peer {
	name: string;
	package: string;
	/** Files of the package the page loads, copied beside it. */
	assets: (packageDir: string) => string[];
	/** The page's index.html and any other file it needs that the package does not ship as is. */
	pages: (packageDir: string, title: string) => Record<string, string>;
	heading: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** A peer's page as its documentation shows it: a bare document around the peer's element and script. */
const peerPage = (title: string, body: string, head = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;

const PEERS: Peer[] = [
	// Redoc 2 (package.json pins 2.5.4, the last): redoc 3 depends on @redocly/redoc-opentelemetry
	// ^0.5.1, which the npm registry reachable here does not have (its newest is 0.2.2).
	{
		name: 'redoc',
		package: 'redoc',
		assets: () => ['bundles/redoc.standalone.js'],
		// The standalone bundle renders every <redoc spec-url> it finds. Its footer's logo comes from
		// Redocly's CDN: that one request is blocked, and counted.
		pages: (_, title) => ({
			'index.html': peerPage(title, '<redoc spec-url="openapi.json"></redoc>\n<script src="redoc.standalone.js"></script>', '<style>body { margin: 0; }</style>'),
		}),
		heading: 'h2',
	},
	{
		name: 'swagger',
		package: 'swagger-ui-dist',
		// The package's own page, as shipped: every local file it links to, and its initializer
		// pointed at our document instead of the petstore.
		assets: (packageDir) =>
			[...readFileSync(`${packageDir}index.html`, 'utf8').matchAll(/(?:src|href)="(?:\.\/)?([\w.-]+)"/g)]
				.map(([, file]) => file!)
				.filter((file) => file !== 'swagger-initializer.js'),
		pages: (packageDir) => {
			const initializer = readFileSync(`${packageDir}swagger-initializer.js`, 'utf8');
			const ours = initializer.replace(/url: "[^"]*"/, 'url: "openapi.json"');
			if (ours === initializer) throw new Error(`swagger-ui-dist's swagger-initializer.js no longer sets url: "…"; the peer page needs another way to load openapi.json`);
			return { 'index.html': readFileSync(`${packageDir}index.html`, 'utf8'), 'swagger-initializer.js': ours };
		},
		heading: '.opblock-summary',
	},
	{
		name: 'scalar',
		package: '@scalar/api-reference',
		assets: () => ['dist/browser/standalone.js'],
		// Offline as a deployed site would be: no web fonts from Scalar's CDN, no telemetry, no "Ask AI"
		// agent (it calls Scalar's proxy on load), and no developer toolbar (shown by default on
		// localhost only, which is where the bench serves it).
		pages: (_, title) => ({
			'index.html': peerPage(
				title,
				`<div id="app"></div>
<script src="standalone.js"></script>
<script>
Scalar.createApiReference('#app', {
	url: 'openapi.json',
	withDefaultFonts: false,
	telemetry: false,
	agent: { disabled: true },
	showDeveloperTools: 'never',
});
</script>`,
			),
		}),
		heading: 'h1, h2, h3, h4, h5, h6',
	},
];

interface OpenApiDocument {
	info: { title: string };
	paths: Record<string, Record<string, { summary?: string }>>;
}

/** The summary of the document's first operation, which every peer shows as a heading. */
function firstOperationSummary(document: OpenApiDocument): string {
	for (const item of Object.values(document.paths)) {
		for (const operation of Object.values(item)) if (typeof operation === 'object' && operation.summary) return operation.summary;
	}
	throw new Error('the OpenAPI document has no operation with a summary');
}

/**
 * The document's title and first operation as bare HTML, with no stylesheet and no script: what
 * loading and painting any page costs in this harness, below which no reference page can go.
 */
export const bareReference = { name: 'bare HTML', path: '/bare/', about: 'title and first operation as plain text, no CSS or JS' };

function writeBarePage(document: OpenApiDocument, firstOperation: string): void {
	const dir = `${peersDir}${bareReference.path.slice(1)}`;
	mkdirSync(dir, { recursive: true });
	writeFileSync(`${dir}index.html`, peerPage(document.info.title, `<h1>${escapeHtml(document.info.title)}</h1>\n<h2>${escapeHtml(firstOperation)}</h2>`));
}

/** Writes each peer's page under tmp/peers/<name>/, with `specFile` beside it as openapi.json, and the bare reference page. */
export function buildPeerPages(specFile: string): PeerPage[] {
	const spec = readFileSync(specFile, 'utf8');
	const document = JSON.parse(spec) as OpenApiDocument;
	const firstOperation = firstOperationSummary(document);
	rmSync(peersDir, { recursive: true, force: true });
	writeBarePage(document, firstOperation);
	return PEERS.map((peer) => {
		const packageDir = benchPackagePath(peer.package);
		const { version } = JSON.parse(readFileSync(`${packageDir}package.json`, 'utf8')) as { version: string };
		const dir = `${peersDir}${peer.name}/`;
		mkdirSync(dir, { recursive: true });
		for (const asset of peer.assets(packageDir)) copyFileSync(`${packageDir}${asset}`, `${dir}${asset.split('/').at(-1)}`);
		for (const [file, text] of Object.entries(peer.pages(packageDir, document.info.title))) writeFileSync(`${dir}${file}`, text);
		writeFileSync(`${dir}openapi.json`, spec);
		return { name: peer.name, release: `${peer.package}@${version}`, path: `/${peer.name}/`, heading: { selector: peer.heading, text: firstOperation } };
	});
}
