/**
 * The oldest Node.js the sandbox server runs on: the oldest maintained release line. It imports
 * nothing, so that the server's entry can check the version before any other code is loaded.
 */
export const SANDBOX_MIN_NODE_MAJOR = 22;

/** Why this Node cannot run the sandbox, or undefined when it can. */
export function unsupportedNode(version: string): string | undefined {
	const major = Number(version.split('.')[0]);
	if (major >= SANDBOX_MIN_NODE_MAJOR) return undefined;
	return `The WorkersAI sandbox needs Node.js ${SANDBOX_MIN_NODE_MAJOR} or newer; this is Node.js ${version}.`;
}
