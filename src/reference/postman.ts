import { API_PATH, BASE_URL, TEST_KEY, endpoints, fillPath, type Endpoint } from '../contract/index.ts';
import { SANDBOX_ORIGIN } from '../sandbox/config.ts';
import { jsonSchemaOf, type JsonSchema } from './json-schema.ts';

/** Where the site serves the collection, next to /openapi.json. */
export const POSTMAN_COLLECTION_FILE = 'workersai.postman_collection.json';

const SCHEMA_V2_1 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

/**
 * A schema as a test script checks the answer with: its rules without the prose, which Postman's
 * validator would only carry around (nor the bilingual `x-` keys), and without `$schema`: Postman's
 * validator knows draft-07, whose keywords are all this schema uses, and refuses a 2020-12 label.
 */
function rulesOnly(schema: unknown): unknown {
	if (Array.isArray(schema)) return schema.map(rulesOnly);
	if (typeof schema !== 'object' || schema === null) return schema;
	return Object.fromEntries(
		Object.entries(schema)
			.filter(([key]) => key !== 'description' && key !== '$schema' && !key.startsWith('x-'))
			.map(([key, value]) => [key, key === 'properties' ? Object.fromEntries(Object.entries(value as object).map(([name, field]) => [name, rulesOnly(field)])) : rulesOnly(value)]),
	);
}

/** The script Postman and newman run after the request: the documented status, and an answer of the documented shape. */
function testScript(endpoint: Endpoint): string[] {
	const schema = rulesOnly(jsonSchemaOf(endpoint.success.schema, 'output')) as JsonSchema;
	return [
		`pm.test('answers ${endpoint.success.status}', () => pm.response.to.have.status(${endpoint.success.status}));`,
		"pm.test('answers JSON', () => pm.response.to.be.json);",
		`pm.test('${schema.type === 'array' ? 'answers a list of tasks' : 'answers a task'}, as documented', () => pm.response.to.have.jsonSchema(${JSON.stringify(schema)}));`,
	];
}

function request(endpoint: Endpoint) {
	const path = fillPath(endpoint.path, endpoint.example.pathParams).slice(1).split('/');
	const body = endpoint.example.body;
	return {
		method: endpoint.method,
		description: endpoint.summary.en,
		header: body ? [{ key: 'Content-Type', value: 'application/json' }] : [],
		url: {
			raw: `{{baseUrl}}/${path.join('/')}?api_key={{apiKey}}`,
			host: ['{{baseUrl}}'],
			path,
			query: [{ key: 'api_key', value: '{{apiKey}}' }],
		},
		...(body ? { body: { mode: 'raw', raw: JSON.stringify(body, null, 2), options: { raw: { language: 'json' } } } } : {}),
	};
}

/**
 * The API as a Postman collection (format v2.1), built from the contract: every endpoint with its
 * documented example, pointed at the local sandbox with the documented test key, each with a test.
 */
export function postmanCollection() {
	return {
		info: {
			name: 'WorkersAI API',
			description: `Every endpoint of the WorkersAI API with its documented example. \`baseUrl\` starts at the local sandbox (\`npm run sandbox\`) and \`apiKey\` at the documented test key; for the real API, set \`baseUrl\` to ${BASE_URL} and \`apiKey\` to your own key.`,
			schema: SCHEMA_V2_1,
		},
		variable: [
			{ key: 'baseUrl', value: `${SANDBOX_ORIGIN}${API_PATH}`, type: 'string' },
			{ key: 'apiKey', value: TEST_KEY, type: 'string' },
		],
		item: endpoints.map((endpoint) => ({
			name: endpoint.title.en,
			request: request(endpoint),
			response: [
				{
					name: endpoint.success.description.en,
					originalRequest: request(endpoint),
					status: 'OK',
					code: endpoint.success.status,
					_postman_previewlanguage: 'json',
					header: [{ key: 'Content-Type', value: 'application/json' }],
					body: JSON.stringify(endpoint.success.example, null, 2),
				},
			],
			event: [{ listen: 'test', script: { type: 'text/javascript', exec: testScript(endpoint) } }],
		})),
	};
}
