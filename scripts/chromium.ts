import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

// Debian's Chromium where it is installed (CI installs it); elsewhere Playwright's own browser.
// The flags keep it from calling home: this machine's network refuses every host but the registry.
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const chromiumLaunchOptions: LaunchOptions = {
	...(existsSync(DEBIAN_CHROMIUM) ? { executablePath: DEBIAN_CHROMIUM } : {}),
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
	],
};
