import { setupServer } from 'msw/node';
import { createHandlers } from './handlers.ts';
import { SandboxStore } from '../src/sandbox/store.ts';

// In memory: each test process starts from the seed, and tests reset keys through `store`.
export const store = new SandboxStore();
export const server = setupServer(...createHandlers(store));
