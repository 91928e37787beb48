import type { SandboxPersistence } from './store.ts';

/** The part of the Web Storage API the sandbox needs: sessionStorage in a browser. */
export type SandboxStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'workersai-sandbox:';

/**
 * Each key's state as text under `workersai-sandbox:<key>`; storage that refuses a call is a state
 * that does not last. The store checks what it reads back. The state comes before anything else
 * the tab keeps: when storage is full, `makeRoom` is asked to free some (it says whether it did)
 * until the state fits or nothing is left.
 */
export function webStoragePersistence(storage: SandboxStorage, makeRoom: () => boolean = () => false): SandboxPersistence {
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
			for (;;) {
				try {
					storage.setItem(PREFIX + key, snapshot);
					return true;
				} catch {
					// Full or blocked storage: this answer is still right, the change just does not last.
					if (!makeRoom()) return false;
				}
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
