import { taskSchema, z } from '../contract/index.ts';
import type { KeySnapshot, SandboxPersistence } from './store.ts';

/** The part of the Web Storage API the sandbox needs: sessionStorage in a browser. */
export type SandboxStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const callbackDeliverySchema = z.strictObject({ url: z.string(), body: taskSchema, at: z.iso.datetime() });

// Storage outlives code: whatever is found there is checked before use, and anything that is not
// a state this code wrote (corrupt, from an older version, from another app) counts as a fresh start.
const snapshotSchema = z.strictObject({ tasks: z.array(taskSchema), callbacks: z.array(callbackDeliverySchema) }) satisfies z.ZodType<KeySnapshot>;

const PREFIX = 'workersai-sandbox:';

/** Each key's state as JSON under `workersai-sandbox:<key>`; storage that refuses a call is a state that does not last. */
export function webStoragePersistence(storage: SandboxStorage): SandboxPersistence {
	return {
		load(key) {
			try {
				const found = snapshotSchema.safeParse(JSON.parse(storage.getItem(PREFIX + key) ?? 'null'));
				return found.success ? found.data : undefined;
			} catch {
				// Not JSON at all, or blocked storage: a fresh start too.
				return undefined;
			}
		},
		save(key, snapshot) {
			try {
				storage.setItem(PREFIX + key, JSON.stringify(snapshot));
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
