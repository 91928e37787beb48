import type { SandboxPersistence } from './store.ts';

/** The part of the Web Storage API the sandbox needs: sessionStorage in a browser. */
export type SandboxStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'workersai-sandbox:';

/**
 * Each key's state as text under `workersai-sandbox:<key>`; storage that refuses a call is a state
 * that does not last. The store checks what it reads back.
 */
export function webStoragePersistence(storage: SandboxStorage): SandboxPersistence {
	return {
		load(key) {
			try {
				return storage.getItem(PREFIX + key) ?? undefined;
			} catch {
				// Blocked storage: a fresh start.
				return undefined;
			}
		},
		save(key, snapshot) {
			try {
				storage.setItem(PREFIX + key, snapshot);
			} catch {
				// Full or blocked storage: this answer is still right, the change just does not last.
			}
		},
		remove(key) {
			try {
				storage.removeItem(PREFIX + key);
			} catch {
				// Blocked storage never held anything for this key.
			}
		},
	};
}
