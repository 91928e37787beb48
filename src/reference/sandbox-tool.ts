import { API_PATH, TEST_KEY, endpointById } from '../contract/index.ts';
import { bundleCommand, flag, sandboxFlags, type SandboxFlag } from '../sandbox/cli-options.ts';
import { SANDBOX_BUNDLE_FILE, SANDBOX_HOST, SANDBOX_ORIGIN, SANDBOX_PORT } from '../sandbox/config.ts';
import type { Locale } from '../contract/index.ts';
import { exampleRequest } from '../samples/endpoint-request.ts';
import type { SampleRequest } from '../samples/render.ts';
import type { ReceiverSpec } from '../samples/receiver.ts';

/**
 * The local sandbox as a tool, as the pages show it: where to download it, how to run it, its
 * options, a CI step, and a receiver to try callbacks with. Stated once, for the HTML components
 * and their Markdown.
 */

/** The bundle's address on the site: `siteRoot` is the site's absolute URL with its base (`https://docs.workers.ai/`). */
export const sandboxDownloadUrl = (siteRoot: string) => new URL(SANDBOX_BUNDLE_FILE, siteRoot).href;

/** The bundle's path under the base, for a link on a page. */
export const sandboxDownloadPath = (base: string) => `${base.replace(/\/?$/, '/')}${SANDBOX_BUNDLE_FILE}`;

/** Download it, then run it: the two commands of the Sandbox page. */
export const sandboxCommands = (siteRoot: string) => [`curl -fsSLO ${sandboxDownloadUrl(siteRoot)}`, bundleCommand()].join('\n');

/** The command that runs it with callbacks delivered. */
export const sandboxCallbacksCommand = () => bundleCommand(flag('deliver-callbacks'));

/** The options `--help` lists, in a locale's words. */
export const sandboxFlagRows = (locale: Locale) =>
	(Object.keys(sandboxFlags) as SandboxFlag[]).map((name) => {
		const { value } = sandboxFlags[name] as { value?: string };
		return { flag: flag(name, value), description: sandboxFlags[name][locale] };
	});

/**
 * A GitHub Actions step that starts the sandbox in the background and waits until it answers: curl
 * retries a refused connection until the server listens. It needs Node 22 or newer on the runner.
 */
export function sandboxCiStep(siteRoot: string, port = SANDBOX_PORT): string {
	const probe = `http://${SANDBOX_HOST}:${port}${API_PATH}${endpointById('listTasks').path}?api_key=${TEST_KEY}`;
	return [
		'- uses: actions/setup-node@v4',
		'  with:',
		'    node-version: 24',
		'- name: Start the WorkersAI sandbox',
		'  run: |',
		`    curl -fsSLO ${sandboxDownloadUrl(siteRoot)}`,
		`    nohup ${bundleCommand(flag('port', port))} > sandbox.log 2>&1 &`,
		`    curl -fsS --retry 30 --retry-connrefused --retry-delay 1 -o /dev/null '${probe}'`,
	].join('\n');
}

/** The receiver the Callbacks page shows: on this machine, beside the sandbox, at a path hard to guess. */
export const docsReceiver: ReceiverSpec = {
	host: SANDBOX_HOST,
	port: 4567,
	path: '/callbacks/7f3k9q2x',
	api: `${SANDBOX_ORIGIN}${API_PATH}`,
	apiKey: TEST_KEY,
};

export const receiverUrl = ({ host, port, path }: ReceiverSpec) => `http://${host}:${port}${path}`;

/** Creating a task whose callback goes to the receiver, on the local sandbox; then the read that completes it. */
export function receiverRequests(receiver: ReceiverSpec = docsReceiver): { create: SampleRequest; read: SampleRequest } {
	const create = exampleRequest(endpointById('createTask'), receiver.api, receiver.apiKey);
	const body = (create.body as { json: Record<string, unknown> }).json;
	return {
		create: { ...create, body: { json: { ...body, callback_url: receiverUrl(receiver) } } },
		read: exampleRequest(endpointById('listTasks'), receiver.api, receiver.apiKey),
	};
}
