import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSample } from '../__support__/runtimes.ts';
import { BASE_URL, EXAMPLE_TASK_ID, TEST_KEY, endpoints } from '../../contract/index.ts';
import { toLiteral } from '../literals.ts';
import { exampleRequest, renderSample, sampleLanguages, shellQuote } from '../index.ts';

const tricky = {
	quote: "it's \"quoted\" \\ back",
	unicode: '이 개는 큰가요? 🐕',
	html: '<script>alert(1)</script>',
	'not-an-identifier': [1, 2.5, true, false, null],
	nested: { empty: {}, list: [], deep: [{ a: 'b' }] },
	newline: 'a\nb\tc',
};

describe('every endpoint has a sample in every language', () => {
	for (const endpoint of endpoints) {
		for (const language of sampleLanguages) {
			it(`${endpoint.id} in ${language}`, () => {
				const code = renderSample(language, exampleRequest(endpoint));
				expect(code).toContain(`${BASE_URL}/tasks`);
				expect(code).toContain(`api_key=${TEST_KEY}`);
				if (endpoint.path.includes('{id}')) expect(code).toContain(EXAMPLE_TASK_ID);
				expect(code).not.toMatch(/api\.workers\.ai\.com|http:\/\/api/);
			});
		}
	}

	it('uses the libraries the contract names, and prints the body', () => {
		const request = exampleRequest(endpoints[2]!);
		expect(renderSample('ruby', request)).toMatch(/^require 'httparty'/);
		expect(renderSample('ruby', request)).toContain('puts response.body');
		expect(renderSample('python', request)).toMatch(/^import requests/);
		expect(renderSample('python', request)).toContain('print(response.text)');
		expect(renderSample('javascript', request)).toContain('await fetch(');
		expect(renderSample('javascript', request)).toContain('console.log(await response.text());');
		expect(renderSample('shell', request)).toMatch(/^curl /);
	});
});

describe('literals mean what the JSON means', () => {
	it('javascript', () => {
		expect(new Function(`return ${toLiteral(tricky, 'javascript')}`)()).toEqual(tricky);
	});

	it('python', () => {
		const script = `import ast, json, sys\nprint(json.dumps(ast.literal_eval(sys.stdin.read())))`;
		const out = execFileSync('python3', ['-c', script], { input: toLiteral(tricky, 'python') }).toString();
		expect(JSON.parse(out)).toEqual(tricky);
	});

	it('ruby', () => {
		const out = execFileSync('ruby', ['-rjson', '-e', 'puts JSON.generate(eval($stdin.read))'], { input: toLiteral(tricky, 'ruby') }).toString();
		expect(JSON.parse(out)).toEqual(tricky);
	});

	it('shell quoting survives any text', () => {
		const text = `it's "$HOME" \`date\` \\ ${tricky.unicode}\n!`;
		expect(execFileSync('sh', ['-c', `printf %s ${shellQuote(text)}`]).toString()).toBe(text);
	});
});

describe('bodies that are not JSON yet', () => {
	// A reader's half-typed body, with everything that breaks naive quoting in some language.
	const raw = `{"instruction": "it's \\"half\\" typed' \\\\ $HOME \`date\` #{x} %s 🐕\n  , `;
	let echo: Server;
	let origin = '';
	const received: { method?: string; type?: string; body: string }[] = [];

	beforeAll(async () => {
		echo = createServer((req, res) => {
			let body = '';
			req.setEncoding('utf8');
			req.on('data', (chunk: string) => (body += chunk));
			req.on('end', () => {
				received.push({ method: req.method, type: req.headers['content-type'], body });
				res.writeHead(400, { 'Content-Type': 'application/json' }).end('{}');
			});
		});
		await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
		const address = echo.address();
		origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
	});
	afterAll(() => echo.close());

	it.each(sampleLanguages)('reach the server byte for byte from %s', async (language) => {
		const code = renderSample(language, { method: 'POST', url: `${origin}/v1/tasks?api_key=${TEST_KEY}`, body: { raw } });
		received.length = 0;
		const run = await runSample(language, code);
		expect(run.code, `${code}\n${run.stderr}`).toBe(0);
		expect(received).toEqual([{ method: 'POST', type: 'application/json', body: raw }]);
	});
});
