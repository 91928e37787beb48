import { validate, compileErrors } from '@readme/openapi-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { endpoints, errorCatalog } from '../../contract/index.ts';
import { openApiDocument } from '../openapi.ts';

const document = openApiDocument();

describe('the OpenAPI document', () => {
	it('is valid OpenAPI 3.1', async () => {
		const result = await validate(structuredClone(document) as never);
		expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
		expect(document.openapi).toBe('3.1.0');
	});

	it('has every endpoint of the contract', () => {
		for (const endpoint of endpoints) {
			const operation = (document.paths[endpoint.path] as Record<string, { operationId: string }>)[endpoint.method.toLowerCase()];
			expect(operation?.operationId).toBe(endpoint.id);
		}
	});

	it('takes the key as the api_key query parameter', () => {
		expect(document.components.securitySchemes.apiKey).toMatchObject({ type: 'apiKey', in: 'query', name: 'api_key' });
	});

	it("has examples that its own schemas accept, and rejects what the contract rejects", () => {
		const ajv = new Ajv2020({ strict: false, allErrors: true });
		addFormats.default(ajv);
		ajv.addSchema({ $id: 'doc', components: document.components });
		const check = (schema: object, value: unknown) => {
			const resolved = JSON.parse(JSON.stringify(schema).replaceAll('#/components/', 'doc#/components/'));
			const ok = ajv.validate(resolved, value);
			return ok || ajv.errorsText();
		};
		for (const endpoint of endpoints) {
			const operation = (document.paths[endpoint.path] as Record<string, any>)[endpoint.method.toLowerCase()];
			for (const [status, response] of Object.entries<any>(operation.responses)) {
				const media = response.content['application/json'];
				expect(check(media.schema, media.example), `${endpoint.id} ${status}`).toBe(true);
			}
			if (operation.requestBody) {
				const media = operation.requestBody.content['application/json'];
				expect(check(media.schema, media.example)).toBe(true);
				expect(check(media.schema, { ...media.example, unknown: 1 })).not.toBe(true);
				expect(check(media.schema, { ...media.example, callback_url: 'not a url' })).not.toBe(true);
			}
		}
		expect(Object.keys(errorCatalog).length).toBe(7);
	});
});
