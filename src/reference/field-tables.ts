import type { z } from 'zod';
import { createTaskExample, errorBodySchema, invalidRequestBody, seedTasks, taskSchema, validateCreateJson, type Endpoint, type ErrorBody } from '../contract/index.ts';
import { bodyAnchor } from './field-ids.ts';

/** A table of fields on a page: what it documents, and the anchor its rows' ids start with. */
export interface FieldTableSpec {
	anchor: string;
	schema: z.ZodType;
	io: 'input' | 'output';
	/** Which caption of the locale's strings names it. */
	caption: 'ref.pathParams' | 'ref.queryParams' | 'ref.body' | 'ref.taskObject' | 'ref.errorObject';
}

/** The tables of the two output objects; their anchors are their sections' ids, endpoints use their own. */
export const taskObjectTable: FieldTableSpec = { anchor: 'the-task-object', schema: taskSchema, io: 'output', caption: 'ref.taskObject' };
export const errorObjectTable: FieldTableSpec = { anchor: 'the-error-object', schema: errorBodySchema, io: 'output', caption: 'ref.errorObject' };

/**
 * The error object's example: another failure than the 400 of the status table below it (a
 * creation without its instruction, with a field the API does not know), as the contract's own
 * validation answers it.
 */
function errorObjectExample(): ErrorBody {
	const { instruction: _, ...body } = createTaskExample;
	const result = validateCreateJson({ ...body, priority: 'high' });
	if (result.ok) throw new Error('The error object example must fail validation');
	return invalidRequestBody(result.fields);
}

/** The objects the API returns, each a section of the reference: its table and an example, titled apart from the section (a scrolling example is a region named by its title). */
export const objectSections = {
	task: { table: taskObjectTable, example: seedTasks[0]!, exampleTitle: 'ref.taskExample' },
	error: { table: errorObjectTable, example: errorObjectExample(), exampleTitle: 'ref.errorExample' },
} as const;

/** The request tables of an endpoint: path parameters (when it has any), query parameters, body. */
export function endpointTables(endpoint: Endpoint): FieldTableSpec[] {
	return [
		...(Object.keys(endpoint.pathParams.shape).length ? [{ anchor: `${endpoint.anchor}.path`, schema: endpoint.pathParams, io: 'input', caption: 'ref.pathParams' } as const] : []),
		{ anchor: `${endpoint.anchor}.query`, schema: endpoint.query, io: 'input', caption: 'ref.queryParams' },
		...(endpoint.body ? [{ anchor: bodyAnchor(endpoint), schema: endpoint.body, io: 'input', caption: 'ref.body' } as const] : []),
	];
}
