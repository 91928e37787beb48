import * as z from 'zod';
import {
	BASE_URL,
	CALLBACK_HEADERS,
	CALLBACK_RETRY_DELAYS_SECONDS,
	CALLBACK_TIMEOUT_SECONDS,
	callbackExample,
	formatDelay,
	limitKib,
	MAX_BODY_BYTES,
	MAX_METADATA_BYTES,
	TEST_KEY,
	endpointErrors,
	errorBodySchema,
	errorCatalog,
	routes,
	taskSchema,
	type Endpoint,
} from '../contract/index.ts';
import { jsonSchemaOf, type JsonSchema } from './json-schema.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * Named schemas are written once under components and referred to everywhere else. The create
 * body is not one of them: it stays inline in its request body, where generators such as
 * openapi-typescript keep a field with a `default` optional (under components they make it required).
 */
const named: [z.ZodType, string][] = [
	[taskSchema, 'Task'],
	[errorBodySchema, 'Error'],
];

/** The rules of a create body that JSON Schema has no keyword for. */
const bodyLimits = [
	`The body is at most ${limitKib(MAX_BODY_BYTES)}, and \`metadata\` at most ${limitKib(MAX_METADATA_BYTES)} serialized as JSON.`,
	"Lengths count Unicode code points, as JSON Schema's `maxLength` and Python's `len()` do: JavaScript's `.length` counts an emoji twice.",
].join(' ');

function schemaRef(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
	const name = named.find(([candidate]) => candidate === schema)?.[1];
	if (name) return ref(name);
	if (schema instanceof z.ZodArray) return { type: 'array', items: schemaRef(schema.element as z.ZodType, io) };
	return jsonSchemaOf(schema, io);
}

function parameters(endpoint: Endpoint) {
	const path = jsonSchemaOf(endpoint.pathParams, 'input');
	return Object.entries(path.properties ?? {}).map(([name, schema]) => {
		const { description, example, ...rest } = schema;
		return { name, in: 'path', required: true, description, example, schema: rest };
	});
}

/** What WorkersAI POSTs to a task's `callback_url` once it is labeled, as an OpenAPI callback. */
function taskCallback() {
	const retries = CALLBACK_RETRY_DELAYS_SECONDS.map((seconds) => formatDelay(seconds, 'en')).join(', ');
	const retried = 'Not delivered: retried as described above, like a timeout or a refused connection.';
	return {
		taskCompleted: {
			'{$request.body#/callback_url}': {
				post: {
					operationId: 'taskCompleted',
					summary: 'The finished task, POSTed to its callback_url',
					description: [
						`Sent with \`Content-Type: ${CALLBACK_HEADERS['Content-Type']}\` and \`User-Agent: ${CALLBACK_HEADERS['User-Agent']}\`.`,
						`A 2xx answer within ${CALLBACK_TIMEOUT_SECONDS} seconds means delivered. Anything else is retried ${CALLBACK_RETRY_DELAYS_SECONDS.length} times, ${retries} after the first attempt, then given up.`,
						'Delivery is at least once: deduplicate by `external_id`. `GET /v1/tasks/{id}` always has the result.',
						'In test mode the callback follows the first read that returns the completed task.',
					].join(' '),
					parameters: [{ name: 'User-Agent', in: 'header', required: true, schema: { type: 'string', const: CALLBACK_HEADERS['User-Agent'] } }],
					requestBody: { required: true, content: { [CALLBACK_HEADERS['Content-Type']]: { schema: ref('Task'), example: callbackExample } } },
					responses: {
						'2XX': { description: 'Delivered: WorkersAI sends this task no more.' },
						'4XX': { description: retried },
						'5XX': { description: retried },
					},
				},
			},
		},
	};
}

function operation(endpoint: Endpoint) {
	const responses: Record<string, unknown> = {
		[endpoint.success.status]: {
			description: endpoint.success.description.en,
			content: { 'application/json': { schema: schemaRef(endpoint.success.schema, 'output'), example: endpoint.success.example } },
		},
	};
	for (const status of endpointErrors(endpoint.errors)) {
		const { when, example } = errorCatalog[status];
		responses[status] = { description: when.en, content: { 'application/json': { schema: ref('Error'), example } } };
	}
	return {
		operationId: endpoint.id,
		summary: endpoint.title.en,
		description: endpoint.summary.en,
		'x-summary-ko': endpoint.title.ko,
		'x-description-ko': endpoint.summary.ko,
		tags: ['Tasks'],
		parameters: parameters(endpoint),
		...(endpoint.body
			? {
					requestBody: {
						required: true,
						description: bodyLimits,
						content: { 'application/json': { schema: schemaRef(endpoint.body, 'input'), example: endpoint.example.body } },
					},
				}
			: {}),
		responses,
		// The endpoint that takes a callback_url is the one whose tasks come back there.
		...(endpoint.body && jsonSchemaOf(endpoint.body, 'input').properties?.callback_url ? { callbacks: taskCallback() } : {}),
	};
}

/** The whole API as an OpenAPI 3.1 document, built from the contract alone. */
export function openApiDocument() {
	// A 405 answers a method no operation has, so it belongs to the path, which OpenAPI gives no
	// responses of its own: the path's description says it. HEAD is HTTP's GET without a body, so
	// it is said there too rather than written as operations that generators would make methods of.
	const paths = Object.fromEntries(
		routes.map((route) => [
			route.path,
			{
				description: [
					...(route.allow.includes('HEAD') ? ['`HEAD` answers what `GET` would, status and headers, without a body.'] : []),
					`${errorCatalog[405].when.en} Here: ${route.allow.join(', ')}.`,
				].join(' '),
				...Object.fromEntries(route.endpoints.map((endpoint) => [endpoint.method.toLowerCase(), operation(endpoint)])),
			},
		]),
	);
	const apiKey = jsonSchemaOf(routes[0]!.endpoints[0]!.query, 'input').properties!.api_key!;
	return {
		openapi: '3.1.0',
		info: {
			title: 'WorkersAI API',
			version: '1.0.0',
			summary: 'Create labeling tasks that people do, and get the labels back by webhook.',
			// Linters ask for a contact; the contract names no address, so the API's name is all it says.
			contact: { name: 'WorkersAI' },
			description: `Authenticate every request with the \`api_key\` query parameter. The test key \`${TEST_KEY}\` makes mock requests: its tasks are labeled by test mode, never by people.`,
		},
		servers: [{ url: BASE_URL }],
		security: [{ apiKey: [] }],
		tags: [{ name: 'Tasks', description: 'Labeling work that people must do.' }],
		paths,
		components: {
			schemas: Object.fromEntries(named.map(([schema, name]) => [name, jsonSchemaOf(schema, 'output')])),
			securitySchemes: {
				apiKey: { type: 'apiKey', in: 'query', name: 'api_key', description: apiKey.description },
			},
		},
	};
}
