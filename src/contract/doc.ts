/** Bilingual field documentation rides along as zod metadata, so tables and OpenAPI share it. */
export function doc(en: string, ko: string) {
	return { description: en, 'x-description-ko': ko };
}
