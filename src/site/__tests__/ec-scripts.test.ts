import { describe, expect, it } from 'vitest';
import { SCROLL_FOCUS_MODULE_MARK } from '../../upstream/expressive-code.ts';
import { lightMarkup } from '../ec-light-markup.ts';
import { rendererWithoutScrollFocus } from '../ec-scripts.ts';

describe("Expressive Code's scripts on a page with code", () => {
	const renderer = rendererWithoutScrollFocus({ plugins: [lightMarkup()], defaultProps: { wrap: true } });

	it('keep the copy button working and leave out the watch for blocks that scroll sideways', async () => {
		const { jsModules } = await renderer;
		expect(jsModules.join('\n')).toContain('copy-js-module');
		expect(jsModules.join('\n')).toContain('b.dataset.code=c.textContent');
		expect(jsModules.join('\n')).not.toContain(SCROLL_FOCUS_MODULE_MARK);
	}, 60_000);

	it('refuse a block that does not wrap, which would scroll sideways', async () => {
		const { ec } = await renderer;
		await expect(ec.render({ code: 'x = 1', language: 'ruby', props: { wrap: false } })).rejects.toThrow(/does not wrap/);
		await expect(ec.render({ code: 'x = 1', language: 'ruby' })).resolves.toBeDefined();
	});
});
