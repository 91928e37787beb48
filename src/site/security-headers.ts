/**
 * What a host that can send headers adds to the policy each page carries in its <meta>. The build
 * writes both dist/_headers (Netlify, Cloudflare Pages) and dist/nginx-site.conf from these, so every
 * such host sends the same headers.
 */

/** The one thing a <meta> policy cannot say: no other page may frame this one. */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";

// Powerful features the site never uses, denied to it and to anything it could ever embed. The copy
// buttons of the samples and of Try it write to the clipboard, so that alone stays with the site.
// Every name is one Chromium knows (`document.featurePolicy.features()`, which a journey checks):
// it warns of any other on every page load. Chromium on Linux knows neither `bluetooth` nor
// `web-share`, so those are left out.
const DENIED_FEATURES = [
	'accelerometer',
	'autoplay',
	'browsing-topics',
	'camera',
	'clipboard-read',
	'compute-pressure',
	'display-capture',
	'encrypted-media',
	'fullscreen',
	'gamepad',
	'geolocation',
	'gyroscope',
	'hid',
	'identity-credentials-get',
	'idle-detection',
	'local-fonts',
	'magnetometer',
	'microphone',
	'midi',
	'otp-credentials',
	'payment',
	'picture-in-picture',
	'publickey-credentials-create',
	'publickey-credentials-get',
	'screen-wake-lock',
	'serial',
	'usb',
	'window-management',
	'xr-spatial-tracking',
];

export const PERMISSIONS_POLICY = [...DENIED_FEATURES.map((feature) => `${feature}=()`), 'clipboard-write=(self)'].join(', ');

/** Sent with every response of the site, whatever its path. */
export const SITE_HEADERS: Readonly<Record<string, string>> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': PERMISSIONS_POLICY,
	// A miss is answered with the 404 page under whatever path was asked for, where a host that
	// matches its rules by path cannot know to send that page's policy: this keeps even those
	// answers out of frames.
	'X-Frame-Options': 'DENY',
};

export const CACHE_CONTROL = {
	/** Files whose name changes with their content: a browser never needs to ask for them again. */
	immutable: 'public, max-age=31536000, immutable',
	/** Everything else, the pages and the sandbox's service worker first: a new build is seen at once. */
	revalidate: 'no-cache',
} as const;

/** A page's header policy: exactly its meta policy, plus frame-ancestors. */
export function headerPolicy(metaPolicy: string): string {
	if (/(^|;)\s*frame-ancestors\b/i.test(metaPolicy)) throw new Error(`A page's meta policy already has frame-ancestors, which a <meta> policy ignores: ${metaPolicy}`);
	return `${metaPolicy.replace(/[\s;]+$/, '')}; ${FRAME_ANCESTORS}`;
}
