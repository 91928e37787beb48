import { MAX_CATEGORIES, MAX_CATEGORY, MAX_INSTRUCTION, MAX_METADATA_BYTES, MAX_TEXT_ATTACHMENT, MAX_URL, type TaskCreate } from '../contract/index.ts';

/**
 * Valid create bodies as large as the contract allows, for the bench and the tests: they show
 * what the sandbox's memory bounds must hold. Every field at its longest, in ASCII.
 */
const url = `https://example.com/${'u'.repeat(MAX_URL - 'https://example.com/'.length)}`;
const largestFields = {
	task_type: 'categorization',
	instruction: 'i'.repeat(MAX_INSTRUCTION),
	params: {
		attachment_type: 'text',
		attachment: 't'.repeat(MAX_TEXT_ATTACHMENT),
		categories: Array.from({ length: MAX_CATEGORIES }, (_, index) => String(index).padStart(MAX_CATEGORY, 'c')),
	},
	callback_url: url,
} satisfies TaskCreate;

/** Metadata of exactly MAX_METADATA_BYTES: one long string. */
const PAD = '{"pad":""}';
const largestMetadata = { pad: 'm'.repeat(MAX_METADATA_BYTES - PAD.length) };

/** Metadata of MAX_METADATA_BYTES or just under, of as many empty objects as fit: cheap as text, costly as objects. */
const EMPTIES = '{"pad":[]}';
const emptyObjectsMetadata = { pad: Array.from({ length: Math.floor((MAX_METADATA_BYTES - EMPTIES.length + 1) / 3) }, () => ({})) };

/** The largest body the contract allows (about 36 KB of JSON). */
export const largestBody = (): string => JSON.stringify({ ...largestFields, metadata: largestMetadata });

/** The same, with metadata of thousands of empty objects. */
export const emptyObjectsBody = (): string => JSON.stringify({ ...largestFields, metadata: emptyObjectsMetadata });

export const EMPTY_OBJECTS = emptyObjectsMetadata.pad.length;
