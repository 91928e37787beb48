import { expect, it, vi } from 'vitest';
import { loadOnce } from '../load-once.ts';

it('loads once for every caller, on its way and once arrived', async () => {
	const load = vi.fn(async () => 'panel');
	const get = loadOnce(load, () => {});
	const [first, second] = await Promise.all([get(), get()]);
	expect([first, second, await get()]).toEqual(['panel', 'panel', 'panel']);
	expect(load).toHaveBeenCalledTimes(1);
});

it('says that a load failed, and loads again at the next call', async () => {
	const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue('panel');
	const failed = vi.fn();
	const get = loadOnce(load, failed);
	await expect(get()).rejects.toThrow('offline');
	expect(failed).toHaveBeenCalledWith(new Error('offline'));
	await expect(get()).resolves.toBe('panel');
	await expect(get()).resolves.toBe('panel');
	expect(load).toHaveBeenCalledTimes(2);
	expect(failed).toHaveBeenCalledTimes(1);
});
