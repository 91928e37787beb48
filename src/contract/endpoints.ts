import { z } from './zod.ts';
import { API_PATH, apiKeySchema } from './keys.ts';
import { doc } from './doc.ts';
import { taskCreateSchema, taskSchema, type Task, type TaskCreate } from './task.ts';
import { EXAMPLE_TASK_ID, createTaskExample, createdTaskExample, seedTasks } from './examples.ts';
import type { ErrorStatus } from './error-types.ts';
import type { Bilingual } from './messages.ts';

export interface Endpoint {
	/** Used as the OpenAPI operationId and to name the endpoint in components. */
	id: 'listTasks' | 'getTask' | 'createTask';
	method: 'GET' | 'POST';
	/** Relative to the base URL, with `{name}` for path parameters. */
	path: string;
	/** The heading id; the first two are Slate's old anchors. */
	anchor: string;
	title: Bilingual;
	summary: Bilingual;
	pathParams: z.ZodObject;
	query: z.ZodObject;
	body?: z.ZodType;
	/** Example values for the request: path parameters and body. */
	example: { pathParams: Record<string, string>; body?: TaskCreate };
	success: { status: 200; schema: z.ZodType; example: Task | Task[]; description: Bilingual };
	/** The errors of this endpoint alone; those every request may meet are added by `endpointErrors`. */
	errors: ErrorStatus[];
}

const query = z.strictObject({ api_key: apiKeySchema });
const noPathParams = z.strictObject({});

export const idParamSchema = z
	.string()
	.meta({ ...doc('The `external_id` of the task.', '작업의 `external_id`.'), example: EXAMPLE_TASK_ID });

export const endpoints: Endpoint[] = [
	{
		id: 'listTasks',
		method: 'GET',
		path: '/tasks',
		anchor: 'get-all-tasks',
		title: { en: 'Get all tasks', ko: '모든 작업 가져오기' },
		summary: {
			en: 'Returns every task of your key, newest first, as a bare JSON array.',
			ko: '이 키의 모든 작업을 최신순으로 담은 JSON 배열을 반환합니다. 배열을 감싸는 객체는 없습니다.',
		},
		pathParams: noPathParams,
		query,
		example: { pathParams: {} },
		success: {
			status: 200,
			schema: z.array(taskSchema),
			example: seedTasks,
			description: { en: 'The tasks of this key, newest first.', ko: '이 키의 작업 목록(최신순).' },
		},
		errors: [],
	},
	{
		id: 'getTask',
		method: 'GET',
		path: '/tasks/{id}',
		anchor: 'get-a-specific-task',
		title: { en: 'Get a specific task', ko: '특정 작업 가져오기' },
		summary: {
			en: 'Returns one task of your key. An id that no task of this key has, malformed ones included, returns 404.',
			ko: '이 키의 작업 하나를 반환합니다. 이 키에 그 id의 작업이 없으면, id 형식이 잘못된 경우를 포함해 모두 404를 반환합니다.',
		},
		pathParams: z.strictObject({ id: idParamSchema }),
		query,
		example: { pathParams: { id: EXAMPLE_TASK_ID } },
		success: {
			status: 200,
			schema: taskSchema,
			example: seedTasks[0]!,
			description: { en: 'The task.', ko: '요청한 작업.' },
		},
		errors: [404],
	},
	{
		id: 'createTask',
		method: 'POST',
		path: '/tasks',
		anchor: 'create-a-task',
		title: { en: 'Create a task', ko: '작업 만들기' },
		summary: {
			en: 'Creates a task and returns it, `pending`. Once the task is labeled, WorkersAI POSTs it to its `callback_url`.',
			ko: '작업을 만들고 `pending` 상태로 반환합니다. 라벨링이 끝나면 WorkersAI가 그 작업을 `callback_url`로 POST합니다.',
		},
		pathParams: noPathParams,
		query,
		body: taskCreateSchema,
		example: { pathParams: {}, body: createTaskExample },
		success: {
			status: 200,
			schema: taskSchema,
			example: createdTaskExample,
			description: { en: 'The new task, `pending`.', ko: '`pending` 상태의 새 작업.' },
		},
		errors: [400],
	},
];

export function endpointById(id: Endpoint['id']): Endpoint {
	const endpoint = endpoints.find((candidate) => candidate.id === id);
	if (!endpoint) throw new Error(`No endpoint ${id}`);
	return endpoint;
}

/** How a reader names an endpoint: `GET /v1/tasks/{id}`. */
export function endpointLabel(endpoint: Endpoint): string {
	return `${endpoint.method} ${API_PATH}${endpoint.path}`;
}

/** The concrete path of a request, e.g. `/tasks/623ed523-…`; parameters are URL-encoded. */
export function fillPath(path: string, params: Record<string, string>): string {
	return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}
