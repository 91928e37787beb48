import { spawn, type ChildProcess } from 'node:child_process';

export interface Finished {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
}

/** The sandbox's command line as a child process: its output so far, its exit, a wait for a line. */
export class CliProcess {
	readonly child: ChildProcess;
	stdout = '';
	stderr = '';
	readonly exited: Promise<Finished>;
	readonly #waiting: { pattern: RegExp; resolve: (match: RegExpExecArray) => void; reject: (error: Error) => void }[] = [];

	constructor(command: readonly string[], env: Record<string, string> = {}) {
		const [file, ...args] = command;
		this.child = spawn(file!, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
		this.child.stdout!.setEncoding('utf8').on('data', (text: string) => {
			this.stdout += text;
			for (const wait of [...this.#waiting]) {
				const match = wait.pattern.exec(this.stdout);
				if (match) {
					this.#waiting.splice(this.#waiting.indexOf(wait), 1);
					wait.resolve(match);
				}
			}
		});
		this.child.stderr!.setEncoding('utf8').on('data', (text: string) => (this.stderr += text));
		// A command that cannot start at all (ENOENT) closes with its reason as stderr.
		this.child.once('error', (error) => (this.stderr += error.message));
		this.exited = new Promise((resolve) => {
			this.child.once('close', (code, signal) => {
				for (const wait of this.#waiting.splice(0)) wait.reject(new Error(`exited with ${code} before printing ${wait.pattern}:\n${this.stdout}\n${this.stderr}`));
				resolve({ code, signal, stdout: this.stdout, stderr: this.stderr });
			});
		});
	}

	/** The first match of `pattern` in all stdout so far or to come. */
	printed(pattern: RegExp): Promise<RegExpExecArray> {
		const match = pattern.exec(this.stdout);
		if (match) return Promise.resolve(match);
		if (this.child.exitCode !== null) return Promise.reject(new Error(`exited before printing ${pattern}`));
		return new Promise((resolve, reject) => this.#waiting.push({ pattern, resolve, reject }));
	}

	/** Where it listens, once it says so. */
	async url(): Promise<string> {
		return (await this.printed(/http:\/\/\S+:\d+\/v1/))[0];
	}

	stop(): Promise<Finished> {
		if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
		return this.exited;
	}
}
