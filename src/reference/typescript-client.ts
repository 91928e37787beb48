import { BASE_URL, TEST_KEY } from '../contract/index.ts';

/** The file openapi-typescript writes, which the client imports its types from. */
export const GENERATED_TYPES_FILE = 'workersai.ts';

/** The commands that set up a TypeScript client from the served document. */
export function typescriptClientSetup(openApiUrl: string): string {
	return [`npx openapi-typescript ${openApiUrl} -o ${GENERATED_TYPES_FILE}`, 'npm install openapi-fetch'].join('\n');
}

/**
 * A client of the generated types with openapi-fetch. The API reads the key from the `api_key`
 * query parameter of every request, which the document states as a security scheme, not as a
 * parameter the generated methods take: a middleware adds it to each request.
 */
export function typescriptClient({ baseUrl = BASE_URL, apiKey = TEST_KEY } = {}): string {
	return `import createClient from 'openapi-fetch';
import type { paths } from './${GENERATED_TYPES_FILE}';

const apiKey = '${apiKey}';
const client = createClient<paths>({ baseUrl: '${baseUrl}' });
client.use({
	onRequest({ request }) {
		const url = new URL(request.url);
		url.searchParams.set('api_key', apiKey);
		return new Request(url, request);
	},
});

const { data: tasks, error } = await client.GET('/tasks');
`;
}
