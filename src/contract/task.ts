import { z } from './zod.ts';
import { doc } from './doc.ts';
import { MAX_CATEGORIES, MAX_CATEGORY, MAX_INSTRUCTION, MAX_METADATA_BYTES, MAX_TEXT_ATTACHMENT, MAX_URL, MIN_CATEGORIES, fitsCodePoints, limitCount, limitKib, utf8Length } from './limits.ts';
import { rule, type RuleId } from './messages.ts';

/** A missing field is named as such; a field of the wrong type is told the type it must have. */
const missingOr = (wrongType: RuleId) => (issue: { input?: unknown }) => (issue.input === undefined ? rule.required : wrongType);

/**
 * An absolute http(s) URL as JSON Schema can say it: `format: uri` alone admits any scheme, so the
 * scheme and a host's first character are spelled out too (schemes are case-insensitive).
 */
const httpUrlJsonSchema = { format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^/?#]', maxLength: MAX_URL };

const absoluteHttpUrl = z.url({ protocol: /^https?$/, error: missingOr(rule.httpUrl), abort: true });
const urlFits = (url: string) => fitsCodePoints(url, MAX_URL);
const httpUrl = absoluteHttpUrl.refine(urlFits, rule.urlTooLong).meta(httpUrlJsonSchema);

/** JSON Schema for "when `params.attachment_type` is `type`, `attachment` must also match `attachment`". */
const whenAttachmentType = (type: 'image' | 'text', attachment: Record<string, unknown>) => ({
	if: { properties: { attachment_type: { const: type } }, required: ['attachment_type'] },
	then: { properties: { attachment: attachment } },
});

/**
 * A non-empty string of at most `max` characters, counted as code points. JSON Schema's
 * `maxLength` counts code points too, so the documents say the same limit.
 */
function text(max: number, tooLong: RuleId, documentation?: ReturnType<typeof doc>) {
	return z
		.string({ error: missingOr(rule.string) })
		.min(1, rule.notEmpty)
		.refine((value) => fitsCodePoints(value, max), tooLong)
		.meta({ maxLength: max, ...documentation });
}

export const taskTypeSchema = z.literal('categorization', { error: rule.taskType }).meta(
	doc('The kind of work. `categorization` is the only type for now.', '작업 유형. 지금은 `categorization` 하나뿐입니다.'),
);

export const instructionSchema = text(
	MAX_INSTRUCTION,
	rule.instructionTooLong,
	doc(`Shown to the person who labels. 1 to ${limitCount(MAX_INSTRUCTION)} characters.`, `라벨링하는 사람에게 보여 줄 지시문. 1~${limitCount(MAX_INSTRUCTION)}자.`),
);

export const categoriesSchema = z
	.array(text(MAX_CATEGORY, rule.categoryTooLong), { error: missingOr(rule.categoryList) })
	.min(MIN_CATEGORIES, rule.tooFewCategories)
	.max(MAX_CATEGORIES, rule.tooManyCategories)
	.refine((list) => new Set(list).size === list.length, rule.repeatedCategory)
	.meta({
		uniqueItems: true,
		...doc(
			`${MIN_CATEGORIES} to ${MAX_CATEGORIES} distinct, non-empty category names of at most ${MAX_CATEGORY} characters each.`,
			`서로 다른 카테고리 이름 ${MIN_CATEGORIES}~${MAX_CATEGORIES}개. 각각 비어 있지 않고 ${MAX_CATEGORY}자 이하.`,
		),
	});

export const paramsSchema = z
	.strictObject(
		{
			attachment_type: z
				.enum(['image', 'text'], { error: missingOr(rule.attachmentType) })
				.meta(doc('What the person looks at: an `image` or a `text`.', '라벨링할 대상의 종류: `image` 또는 `text`.')),
			attachment: z
				.string({ error: missingOr(rule.string) })
				.min(1, rule.notEmpty)
				.meta(
					doc(
						`For \`image\`, an absolute http(s) URL of the image (up to ${limitCount(MAX_URL)} characters); for \`text\`, the text itself (up to ${limitCount(MAX_TEXT_ATTACHMENT)} characters).`,
						`\`image\`이면 이미지의 절대 http(s) URL(${limitCount(MAX_URL)}자 이하), \`text\`이면 텍스트 자체(${limitCount(MAX_TEXT_ATTACHMENT)}자 이하).`,
					),
				),
			categories: categoriesSchema,
		},
		{ error: missingOr(rule.object) },
	)
	.superRefine((params, ctx) => {
		if (params.attachment_type === 'image' && !absoluteHttpUrl.safeParse(params.attachment).success) {
			ctx.addIssue({ code: 'custom', path: ['attachment'], message: rule.imageUrl });
		} else if (params.attachment_type === 'image' && !urlFits(params.attachment)) {
			ctx.addIssue({ code: 'custom', path: ['attachment'], message: rule.urlTooLong });
		}
		if (params.attachment_type === 'text' && !fitsCodePoints(params.attachment, MAX_TEXT_ATTACHMENT)) {
			ctx.addIssue({ code: 'custom', path: ['attachment'], message: rule.textTooLong });
		}
	})
	// The superRefine's two rules, for JSON Schema: the attachment's rule depends on its type.
	.meta({
		allOf: [whenAttachmentType('image', httpUrlJsonSchema), whenAttachmentType('text', { maxLength: MAX_TEXT_ATTACHMENT })],
		...doc('What to label and the categories to choose from.', '라벨링할 대상과 고를 수 있는 카테고리.'),
	});

export const callbackUrlSchema = httpUrl.meta(
	doc(
		`Absolute http(s) URL, up to ${limitCount(MAX_URL)} characters, where the finished task is POSTed.`,
		`완료된 작업을 POST로 받을 절대 http(s) URL(${limitCount(MAX_URL)}자 이하).`,
	),
);

const isJsonObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Measured as sent, before the record rebuilds it: the record leaves out a `__proto__` key (so
 * that it never sets a prototype), and such a key is part of the metadata all the same.
 */
export const metadataSchema = z
	.preprocess<unknown, z.ZodRecord<z.ZodString, z.ZodUnknown>, Record<string, unknown>>((value, ctx) => {
		if (isJsonObject(value) && utf8Length(JSON.stringify(value)) > MAX_METADATA_BYTES) {
			ctx.issues.push({ code: 'custom', message: rule.metadataTooLarge, input: value });
		}
		return value;
	}, z.record(z.string(), z.unknown(), { error: rule.jsonObject }))
	.meta(
		doc(
			`Your own JSON object, at most ${limitKib(MAX_METADATA_BYTES)} serialized. Returned unchanged; WorkersAI never reads it.`,
			`클라이언트가 자유롭게 쓰는 JSON 객체(직렬화해서 ${limitKib(MAX_METADATA_BYTES)} 이하). WorkersAI는 읽지 않고 그대로 반환합니다.`,
		),
	);

/** The body of `POST /v1/tasks`. Strict: an unknown field is a 400. */
export const taskCreateSchema = z
	.strictObject(
		{
			task_type: taskTypeSchema.default('categorization'),
			instruction: instructionSchema,
			params: paramsSchema,
			callback_url: callbackUrlSchema,
			metadata: metadataSchema.default({}),
		},
		{ error: rule.jsonObject },
	)
	.meta({ id: 'TaskCreate', ...doc('The body of a task creation request.', '작업 생성 요청의 본문.') });

export const taskStatusSchema = z
	.enum(['pending', 'completed'])
	.meta(doc('`pending` until labeled, then `completed`.', '라벨이 달리기 전에는 `pending`, 그 뒤에는 `completed`.'));

export const taskResponseSchema = z
	.union([z.strictObject({}), z.strictObject({ category: z.string() })])
	.meta(
		doc(
			'`{}` until labeled, then `{"category": "<one of params.categories>"}`.',
			'라벨이 달리기 전에는 `{}`, 그 뒤에는 `{"category": "<params.categories 중 하나>"}`.',
		),
	);

const timestamp = z.iso.datetime();

/** The task object, as every endpoint and the callback return it. */
export const taskSchema = z
	.strictObject({
		external_id: z.uuidv4().meta(doc("The task's id, used as `{id}` in paths.", '작업의 id. 경로의 `{id}`에 씁니다.')),
		task_type: taskTypeSchema,
		status: taskStatusSchema,
		instruction: instructionSchema,
		params: paramsSchema,
		callback_url: callbackUrlSchema,
		metadata: metadataSchema,
		response: taskResponseSchema,
		created_at: timestamp.meta(doc('When the task was created (ISO 8601, UTC).', '작업 생성 시각(ISO 8601, UTC).')),
		completed_at: timestamp
			.nullable()
			.meta(doc('When the task was completed (ISO 8601, UTC); `null` until then.', '작업 완료 시각(ISO 8601, UTC). 완료 전에는 `null`.')),
	})
	.meta({ id: 'Task', ...doc('A unit of labeling work.', '라벨링 작업 하나.') });

export type Task = z.infer<typeof taskSchema>;
export type TaskCreate = z.input<typeof taskCreateSchema>;
