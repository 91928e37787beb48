import { z } from 'zod';
import {
	BASE_URL,
	TEST_KEY,
	endpointErrors,
	errorBodySchema,
	errorCatalog,
	routes,
	taskCreateSchema,
	taskSchema,
	type Endpoint,
} from '../contract/index.ts';
import { jsonSchemaOf, type JsonSchema } from './json-schema.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Named schemas are written once under components and referred to everywhere else. */
const named: [z.ZodType, string][] = [
	[taskSchema, 'Task'],
	[taskCreateSchema, 'TaskCreate'],
	[errorBodySchema, 'Error'],
];

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
						content: { 'application/json': { schema: schemaRef(endpoint.body, 'input'), example: endpoint.example.body } },
					},
				}
			: {}),
		responses,
	};
}

/** The whole API as an OpenAPI 3.1 document, built from the contract alone. */
export function openApiDocument() {
	// A 405 answers a method no operation has, so it belongs to the path, which OpenAPI gives no
	// responses of its own: the path's description says it.
	const paths = Object.fromEntries(
		routes.map((route) => [
			route.path,
			{
				description: `${errorCatalog[405].when.en} Here: ${route.allow.join(', ')}.`,
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
			description: `Authenticate every request with the \`api_key\` query parameter. The test key \`${TEST_KEY}\` makes mock requests: its tasks are labeled by test mode, never by people.`,
		},
		servers: [{ url: BASE_URL }],
		security: [{ apiKey: [] }],
		tags: [{ name: 'Tasks', description: 'Labeling work that people must do.' }],
		paths,
		components: {
			schemas: Object.fromEntries(named.map(([schema, name]) => [name, jsonSchemaOf(schema, name === 'TaskCreate' ? 'input' : 'output')])),
			securitySchemes: {
				apiKey: { type: 'apiKey', in: 'query', name: 'api_key', description: apiKey.description },
			},
		},
	};
}
