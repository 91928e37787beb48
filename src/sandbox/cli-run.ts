import { API_PATH, CALLBACK_RETRY_DELAYS_SECONDS } from '../contract/index.ts';
import { formatWait } from './callback-delivery.ts';
import { SANDBOX_HOST } from './config.ts';
import { parseSandboxArgs, sandboxHelp, seeHelp, type SandboxCliOptions } from './cli-options.ts';
import { startSandboxServer } from './server.ts';

/** Why the server cannot listen, in words that say what to change. */
function listenFailure({ host, port }: SandboxCliOptions, error: NodeJS.ErrnoException): string {
	const where = `${host}:${port}`;
	if (error.code === 'EADDRINUSE') return `The sandbox could not listen on ${where}: the port is in use. Stop what uses it, or pick another port with --port.`;
	if (error.code === 'EACCES') return `The sandbox could not listen on ${where}: not allowed to use this port. Pick one above 1023 with --port.`;
	if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') return `The sandbox could not listen on ${where}: this machine has no such address. Try --host ${SANDBOX_HOST}.`;
	return `The sandbox could not listen on ${where}: ${error.message}`;
}

function callbackSummary({ timeScale, hosts }: NonNullable<SandboxCliOptions['callbacks']>): string {
	const to = ['localhost', '127.0.0.0/8', '[::1]', ...hosts].join(', ');
	const delays = CALLBACK_RETRY_DELAYS_SECONDS.map((seconds) => formatWait(seconds * 1000 * timeScale)).join(', ');
	return `Callbacks are delivered to ${to}; retries ${delays} after the first attempt.`;
}

const parsed = parseSandboxArgs(process.argv.slice(2), process.env);
if ('error' in parsed) {
	console.error(`${parsed.error}\n${seeHelp}`);
	process.exit(1);
}
if ('help' in parsed) {
	console.log(sandboxHelp());
	process.exit(0);
}
const { options } = parsed;
const sandbox = await startSandboxServer(options).catch((error: NodeJS.ErrnoException): never => {
	console.error(listenFailure(options, error));
	process.exit(1);
});
console.log(`WorkersAI sandbox on ${sandbox.url}${API_PATH} (any test_ key; the documented one starts with the sample tasks). Ctrl-C stops it.`);
if (options.callbacks) console.log(callbackSummary(options.callbacks));

// Pending callback retries end at once with the server; a second signal does not wait at all.
let stopping = false;
const stop = () => {
	if (stopping) process.exit(0);
	stopping = true;
	sandbox.close().then(
		() => {
			console.log('Sandbox stopped.');
			process.exit(0);
		},
		() => process.exit(0),
	);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
