import { completeInTestMode } from './test-mode.ts';
import type { Task, TaskCreate } from './task.ts';

/**
 * The seed's two tasks, kept exactly as the seed wrote them (typos included). They start every
 * sandbox of the documented test key and stay pending; the dog is the newer, so lists show it first.
 */
export const seedTasks: Task[] = [
	{
		external_id: '623ed523-d7cf-4007-be3e-2732b3b9c526',
		task_type: 'categorization',
		status: 'pending',
		instruction: 'Is this dog big or small?',
		params: {
			attachment_type: 'image',
			attachment: 'http://www.dogsarebig.com/dog1.jpg',
			categories: ['big', 'small'],
		},
		callback_url: 'http://example.com/callback',
		metadata: {},
		response: {},
		created_at: '2024-05-01T09:30:00.000Z',
		completed_at: null,
	},
	{
		external_id: '8f611c16-590f-4eb3-84d5-28a67417cad1',
		task_type: 'categorization',
		status: 'pending',
		instruction: 'Is this hotdog or not hotdog?',
		params: {
			attachment_type: 'image',
			attachment: 'http://www.silliconvalley.com/hotdog.jpg',
			categories: ['hotdog', 'not hotdog'],
		},
		callback_url: 'http://example.com/callback',
		metadata: {},
		response: {},
		created_at: '2024-05-01T09:00:00.000Z',
		completed_at: null,
	},
];

/** The id every sample uses: the seed's dog. */
export const EXAMPLE_TASK_ID = seedTasks[0]!.external_id;

/** The documented creation request: the seed's dog again, with a metadata example added. */
const { task_type, instruction, params, callback_url } = seedTasks[0]!;
export const createTaskExample: TaskCreate = { task_type, instruction, params, callback_url, metadata: { internal_task_id: 'dog-0001' } };

/** What creation answers for the example body: a new id, pending, nothing labeled yet. */
export const createdTaskExample: Task = {
	external_id: 'b3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
	task_type: 'categorization',
	status: 'pending',
	instruction: createTaskExample.instruction,
	params: createTaskExample.params,
	callback_url: createTaskExample.callback_url,
	metadata: createTaskExample.metadata!,
	response: {},
	created_at: '2024-05-02T10:15:00.000Z',
	completed_at: null,
};

/** The body WorkersAI POSTs to `callback_url` once the example task is labeled. */
export const callbackExample: Task = completeInTestMode(createdTaskExample, new Date('2024-05-02T10:15:04.000Z'));
