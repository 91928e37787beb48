import type { APIRoute } from 'astro';
import { postmanCollection } from '../reference/postman.ts';

export const GET: APIRoute = () =>
	new Response(JSON.stringify(postmanCollection(), null, 2), { headers: { 'Content-Type': 'application/json' } });
