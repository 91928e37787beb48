import { expect, it } from 'vitest';
import { BASE_URL } from '../../contract/index.ts';
import { toApiUrl, toSandboxUrl } from '../address.ts';

it.each([
	['http://127.0.0.1:4321/', 'http://127.0.0.1:4321/sandbox/v1/tasks?api_key=k'],
	['https://example.github.io/docs/', 'https://example.github.io/docs/sandbox/v1/tasks?api_key=k'],
	['https://example.github.io/docs', 'https://example.github.io/docs/sandbox/v1/tasks?api_key=k'],
])('a request of the site at %s goes to the sandbox under its base path, and back to the API’s URL', (site, sandbox) => {
	expect(toSandboxUrl(`${BASE_URL}/tasks?api_key=k`, site)).toBe(sandbox);
	expect(toApiUrl(sandbox, site)).toBe(`${BASE_URL}/tasks?api_key=k`);
});

it('refuses what is not the API’s, or not under the sandbox', () => {
	expect(() => toSandboxUrl('https://elsewhere.example/v1/tasks', 'http://127.0.0.1/')).toThrow();
	expect(() => toApiUrl('http://127.0.0.1/docs/other/v1/tasks', 'http://127.0.0.1/docs/')).toThrow();
});
