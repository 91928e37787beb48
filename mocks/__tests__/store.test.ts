import { describe, expect, it } from 'vitest';
import { TEST_KEY, seedTasks } from '../../src/contract/index.ts';
import { SandboxStore, memoryStorage } from '../store.ts';

describe('SandboxStore', () => {
	it('survives corrupt or foreign storage as a fresh start', () => {
		const storage = memoryStorage();
		const store = new SandboxStore(storage);
		for (const junk of ['{', '"text"', '{"tasks": 3}', 'null']) {
			storage.setItem(`workersai-sandbox:${TEST_KEY}`, junk);
			expect(store.list(TEST_KEY, new Date())).toEqual(seedTasks);
		}
	});

	it('keeps working when storage refuses to write', () => {
		const store = new SandboxStore({ getItem: () => null, setItem: () => { throw new Error('quota'); }, removeItem: () => {} });
		expect(store.list(TEST_KEY, new Date())).toEqual(seedTasks);
	});

	it('never hands out the seed objects themselves', () => {
		const store = new SandboxStore();
		store.list(TEST_KEY, new Date())[0]!.instruction = 'changed';
		expect(seedTasks[0]!.instruction).toBe('Is this dog big or small?');
	});
});
