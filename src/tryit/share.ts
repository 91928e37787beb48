import { MAX_BODY_BYTES, TEST_KEY, endpoints, isLiveKey, utf8Length, type Endpoint } from '../contract/index.ts';
import { isDraft, type Draft } from './draft.ts';
import { SHARE_PREFIX } from './share-prefix.ts';

/**
 * A Try it request carried in a link's fragment: `#try=` and the request as JSON, compressed with
 * deflate-raw and written in base64url. It carries no key but the documented test key, and opening
 * it only fills a panel: nothing is sent until the reader says so.
 */
export { SHARE_PREFIX };
const SHARE_VERSION = 1;

export interface SharedRequest extends Draft {
	v: number;
	op: Endpoint['id'];
	key?: string;
}

export type ShareRefusal = 'corrupt' | 'newer' | 'tooLarge' | 'liveKey' | 'otherKey' | 'unknown';

// A compressed link of a few kilobytes could unpack into gigabytes: reading stops well before.
const MAX_UNPACKED = MAX_BODY_BYTES * 4;

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
	const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(transform).getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (let read = await reader.read(); !read.done; read = await reader.read()) {
		size += read.value.length;
		if (size > limit) {
			await reader.cancel();
			throw new Error('too large');
		}
		chunks.push(read.value);
	}
	return new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
}

export async function shareFragment(request: Omit<SharedRequest, 'v'>): Promise<string> {
	const { key, ...rest } = request;
	const carried = { v: SHARE_VERSION, ...rest, ...(key === TEST_KEY ? { key } : {}) };
	return SHARE_PREFIX + toBase64Url(await pipe(new TextEncoder().encode(JSON.stringify(carried)), new CompressionStream('deflate-raw')));
}

/** The request a fragment carries, or why it is refused. */
export async function readShareFragment(fragment: string): Promise<{ ok: true; request: SharedRequest } | { ok: false; why: ShareRefusal }> {
	let request: SharedRequest;
	try {
		const bytes = await pipe(fromBase64Url(fragment.slice(SHARE_PREFIX.length)), new DecompressionStream('deflate-raw'), MAX_UNPACKED);
		request = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch (error) {
		return { ok: false, why: (error as Error).message === 'too large' ? 'tooLarge' : 'corrupt' };
	}
	if (typeof request !== 'object' || request === null || typeof request.v !== 'number') return { ok: false, why: 'corrupt' };
	if (request.v > SHARE_VERSION) return { ok: false, why: 'newer' };
	// A link carries what a draft holds, plus the endpoint and perhaps the test key.
	const shapeOk = request.v === SHARE_VERSION && typeof request.op === 'string' && isDraft(request) && ['string', 'undefined'].includes(typeof request.key);
	// Half a surrogate pair cannot be sent as UTF-8 (nor put into a URL): a link carrying one is refused as damaged.
	if (!shapeOk || ![...Object.values(request.params), request.body, request.fault, request.key].every((text) => text === undefined || text.isWellFormed())) return { ok: false, why: 'corrupt' };
	if (request.key !== undefined && isLiveKey(request.key)) return { ok: false, why: 'liveKey' };
	if (request.key !== undefined && request.key !== TEST_KEY) return { ok: false, why: 'otherKey' };
	if (request.body !== undefined && utf8Length(request.body) > MAX_BODY_BYTES) return { ok: false, why: 'tooLarge' };
	if (!endpoints.some((endpoint) => endpoint.id === request.op)) return { ok: false, why: 'unknown' };
	return { ok: true, request };
}
