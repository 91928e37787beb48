import { setupServer } from 'msw/node';
import { createHandlers } from './handlers.ts';
import { SandboxStore } from './store.ts';

export const store = new SandboxStore();
export const server = setupServer(...createHandlers(store));
