import { z } from './zod.ts';
import { apiMessages, rule, ruleText, type Bilingual } from './messages.ts';
import { API_PATH } from './keys.ts';
import { routes } from './paths.ts';
import { doc } from './doc.ts';
import { errorStatuses, errorTypes, type ErrorStatus } from './error-types.ts';

export { errorStatuses, errorTypes, type ErrorStatus } from './error-types.ts';

export const fieldErrorSchema = z.strictObject({
	path: z.string().meta(doc('The offending field, dotted (`params.categories`).', '문제가 된 필드를 점으로 이은 경로(`params.categories`).')),
	message: z.string().meta(doc('What is wrong with it, in the API\'s English.', '그 필드의 문제를 설명하는 API의 영어 메시지.')),
});

export const errorBodySchema = z
	.strictObject({
		error: z
			.strictObject({
				status: z.union(errorStatuses.map((status) => z.literal(status))).meta(doc('The HTTP status again.', '응답의 HTTP 상태 코드와 같은 값.')),
				type: z.enum(Object.values(errorTypes)).meta(doc('A stable, machine-readable name.', '코드에서 분기할 때 쓰는, 바뀌지 않는 오류 이름.')),
				message: z.string().min(1).meta(doc('A sentence for people, in English.', '사람이 읽는 설명(영어).')),
				fields: z
					.array(fieldErrorSchema)
					.min(1)
					.optional()
					.meta(doc('Every offending field; only on 400.', '문제가 된 모든 필드. 400에만 있습니다.')),
			})
			// The two refines below, for JSON Schema: each status has its type, and fields comes with 400 alone.
			.meta({
				allOf: [
					...errorStatuses.map((status) => ({ if: { properties: { status: { const: status } } }, then: { properties: { type: { const: errorTypes[status] } } } })),
					{ if: { properties: { status: { const: 400 } } }, then: { properties: { fields: true }, required: ['fields'] }, else: { properties: { fields: false } } },
				],
				...doc('What went wrong.', '오류 정보.'),
			}),
	})
	.refine((body) => (body.error.fields !== undefined) === (body.error.status === 400), 'fields appears on 400 and only there')
	.refine((body) => errorTypes[body.error.status] === body.error.type, 'type must match status')
	.meta({ id: 'Error', ...doc('Every error is returned in this shape.', '모든 오류는 이 형태로 돌아옵니다.') });

export type ErrorBody = z.infer<typeof errorBodySchema>;
export type FieldError = z.infer<typeof fieldErrorSchema>;

export function errorBody(status: ErrorStatus, message: string, fields?: FieldError[]): ErrorBody {
	return { error: { status, type: errorTypes[status], message, ...(status === 400 ? { fields: fields ?? [] } : {}) } };
}

/** A 400 that names its fields, in the words every 400 uses. */
export function invalidRequestBody(fields: FieldError[]): ErrorBody {
	return errorBody(400, apiMessages.invalidFields(fields.length), fields);
}

const collection = routes[0]!;
const exampleFields: FieldError[] = [
	{ path: 'params.categories', message: ruleText(rule.tooFewCategories, 'en') },
	{ path: 'callback_url', message: ruleText(rule.httpUrl, 'en') },
];

/**
 * When each error happens, for the errors table, with an example body in the API's own words.
 * `retry` marks the errors a correct request can still meet: a client retries those later.
 */
export const errorCatalog: Record<ErrorStatus, { when: Bilingual; example: ErrorBody; retry: boolean }> = {
	400: {
		when: { en: 'The body or a parameter breaks a rule of the task object.', ko: '본문이나 파라미터가 작업 객체의 규칙에 맞지 않습니다.' },
		example: invalidRequestBody(exampleFields),
		retry: false,
	},
	401: {
		when: {
			en: '`api_key` is missing, malformed or unknown; or a live key was sent to the sandbox.',
			ko: '`api_key`가 없거나, 형식이 잘못되었거나, 등록되지 않은 키입니다. 샌드박스에 라이브 키를 보낸 경우에도 발생합니다.',
		},
		example: errorBody(401, apiMessages.missingKey),
		retry: false,
	},
	404: {
		when: { en: 'No such task for this key, or no such path.', ko: '이 키에 해당 작업이 없거나, 존재하지 않는 경로입니다.' },
		example: errorBody(404, apiMessages.noTask('00000000-0000-4000-8000-000000000000')),
		retry: false,
	},
	405: {
		when: { en: 'The path exists, the method does not. The `Allow` header lists the methods it takes.', ko: '경로는 있지만 그 메서드를 지원하지 않습니다. `Allow` 헤더에 허용되는 메서드가 있습니다.' },
		example: errorBody(405, apiMessages.methodNotAllowed('DELETE', `${API_PATH}${collection.path}`, collection.allow)),
		retry: false,
	},
	429: {
		when: { en: 'Too many requests. Wait, then retry.', ko: '요청이 너무 많습니다. 잠시 뒤 다시 시도하세요.' },
		example: errorBody(429, apiMessages.rateLimited),
		retry: true,
	},
	500: {
		when: { en: "A fault on WorkersAI's side. Retry later.", ko: 'WorkersAI 서버 쪽 오류입니다. 잠시 뒤 다시 시도하세요.' },
		example: errorBody(500, apiMessages.serverError),
		retry: true,
	},
	503: {
		when: { en: 'Down for maintenance. Retry later.', ko: '점검 중입니다. 잠시 뒤 다시 시도하세요.' },
		example: errorBody(503, apiMessages.unavailable),
		retry: true,
	},
};

/** The errors a correct request may still meet, and the only ones to retry. */
export const retryableStatuses = errorStatuses.filter((status) => errorCatalog[status].retry);

/** Every error an endpoint can answer: its own, then those of every request. 405 belongs to a path, not an endpoint. */
export function endpointErrors(own: readonly ErrorStatus[]): ErrorStatus[] {
	return errorStatuses.filter((status) => own.includes(status) || status === 401 || retryableStatuses.includes(status));
}
