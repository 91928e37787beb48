import { parseArgs } from 'node:util';
import type { Bilingual } from '../contract/index.ts';
import { SANDBOX_BUNDLE_FILE, SANDBOX_HOST, SANDBOX_PORT } from './config.ts';

/**
 * The local server's command line, stated once: `--help` prints it, the Sandbox page renders it,
 * and the parser reads it.
 */
export const sandboxFlags = {
	port: {
		type: 'string',
		value: 'N',
		en: `port to listen on (default ${SANDBOX_PORT}, or the PORT environment variable; 0 picks a free one)`,
		ko: `들을 포트 (기본값 ${SANDBOX_PORT}, 또는 PORT 환경 변수; 0이면 빈 포트를 고릅니다)`,
	},
	host: {
		type: 'string',
		value: 'ADDRESS',
		en: `address to listen on (default ${SANDBOX_HOST}; 0.0.0.0 to be reachable from other machines, such as other containers)`,
		ko: `들을 주소 (기본값 ${SANDBOX_HOST}; 다른 컨테이너 등 다른 머신에서 접속하려면 0.0.0.0)`,
	},
	'deliver-callbacks': {
		type: 'boolean',
		en: 'POST each task test mode completes to its callback_url, with the retries of the real API',
		ko: '테스트 모드가 완료한 태스크를 실제 API와 같은 재시도와 함께 callback_url로 POST합니다',
	},
	'callback-time-scale': {
		type: 'string',
		value: 'F',
		en: 'multiply every retry delay by F, a number above 0 (default 1; 0.001 makes the first retry 60 ms later)',
		ko: '모든 재시도 간격에 0보다 큰 수 F를 곱합니다 (기본값 1; 0.001이면 첫 재시도가 60ms 뒤)',
	},
	'callback-hosts': {
		type: 'string',
		value: 'a,b',
		en: 'also deliver callbacks to these host names, beyond localhost, 127.0.0.0/8 and [::1]',
		ko: 'localhost, 127.0.0.0/8, [::1] 외에 이 호스트 이름들에도 콜백을 보냅니다',
	},
	help: { type: 'boolean', en: 'show this help and exit', ko: '이 도움말을 보여 주고 끝냅니다' },
} as const satisfies Record<string, Bilingual & { type: 'string' | 'boolean'; value?: string }>;

export type SandboxFlag = keyof typeof sandboxFlags;

/** A flag as typed on the command line: `--port 5000`, `--deliver-callbacks`. */
export const flag = (name: SandboxFlag, value?: string | number) => (value === undefined ? `--${name}` : `--${name} ${value}`);

/** The command that runs the downloaded file, with these flags. */
export const bundleCommand = (...flags: string[]) => ['node', SANDBOX_BUNDLE_FILE, ...flags].join(' ');

export interface SandboxCliOptions {
	port: number;
	host: string;
	callbacks?: { timeScale: number; hosts: string[] };
}

export type ParsedCli = { help: true } | { error: string } | { options: SandboxCliOptions };

function parsePort(text: string, source: string): number | string {
	const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
	return port <= 65535 ? port : `${source} must be a whole number from 0 to 65535, not ${JSON.stringify(text)}.`;
}

function parseScale(text: string): number | string {
	const scale = /^\s*$/.test(text) ? Number.NaN : Number(text);
	return Number.isFinite(scale) && scale > 0 ? scale : `${flag('callback-time-scale')} must be a number above 0, such as 0.001, not ${JSON.stringify(text)}.`;
}

/** Host names as a URL's `hostname` spells them; a port, a path or a scheme is a mistake worth saying. */
function parseHosts(text: string): string[] | string {
	const hosts: string[] = [];
	for (const entry of text.split(',').map((part) => part.trim())) {
		let url: URL | undefined;
		try {
			url = new URL(`http://${entry}`);
		} catch {
			// Said below.
		}
		const bare = entry.startsWith('[') || !/[:/?#@]/.test(entry);
		if (!entry || !bare || !url || url.host !== url.hostname || url.pathname !== '/' || url.search || url.hash || url.username) {
			return `${flag('callback-hosts')} takes host names separated by commas, such as receiver,localhost; ${JSON.stringify(entry)} is not one.`;
		}
		hosts.push(url.hostname);
	}
	return hosts;
}

/** Reads the command line (and `PORT`); any mistake is one sentence that names it. */
export function parseSandboxArgs(args: readonly string[], env: Record<string, string | undefined>): ParsedCli {
	let values;
	try {
		const options = Object.fromEntries(Object.entries(sandboxFlags).map(([name, { type }]) => [name, { type }]));
		({ values } = parseArgs({ args: [...args], options, strict: true, allowPositionals: false }));
	} catch (error) {
		return { error: (error as Error).message };
	}
	const text = values as Partial<Record<SandboxFlag, string | boolean>>;
	if (text.help) return { help: true };

	const portText = typeof text.port === 'string' ? text.port : env.PORT;
	const port = portText === undefined ? SANDBOX_PORT : parsePort(portText, typeof text.port === 'string' ? flag('port') : 'PORT');
	if (typeof port === 'string') return { error: port };
	const host = typeof text.host === 'string' ? text.host : SANDBOX_HOST;
	if (!host) return { error: `${flag('host')} needs an address, such as ${SANDBOX_HOST}.` };

	for (const name of ['callback-time-scale', 'callback-hosts'] as const) {
		if (text[name] !== undefined && !text['deliver-callbacks']) return { error: `${flag(name)} only applies with ${flag('deliver-callbacks')}.` };
	}
	if (!text['deliver-callbacks']) return { options: { port, host } };
	const timeScale = typeof text['callback-time-scale'] === 'string' ? parseScale(text['callback-time-scale']) : 1;
	if (typeof timeScale === 'string') return { error: timeScale };
	const hosts = typeof text['callback-hosts'] === 'string' ? parseHosts(text['callback-hosts']) : [];
	if (typeof hosts === 'string') return { error: hosts };
	return { options: { port, host, callbacks: { timeScale, hosts } } };
}

/** What `--help` prints. */
export function sandboxHelp(): string {
	const left = (name: SandboxFlag) => {
		const { value } = sandboxFlags[name] as { value?: string };
		return flag(name, value);
	};
	const names = Object.keys(sandboxFlags) as SandboxFlag[];
	const width = Math.max(...names.map((name) => left(name).length));
	return [
		'The WorkersAI API sandbox: the API in test mode, on your machine.',
		'',
		`Usage: ${bundleCommand('[options]')}`,
		'   or, in a clone of the docs: npm run sandbox -- [options]',
		'',
		'Options:',
		...names.map((name) => `  ${left(name).padEnd(width)}  ${sandboxFlags[name].en}`),
	].join('\n');
}

/** Printed after any mistake on the command line. */
export const seeHelp = `Run it with ${flag('help')} to see every option.`;
