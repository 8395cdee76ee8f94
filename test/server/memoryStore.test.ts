// @vitest-environment node
import { createStorage } from 'unstorage';
import { createMemoryStore, createUnstorageStore } from '../../src/server/index.js';
import { storeContract } from './storeContract.js';

const fakeTime = {
  unit: 60_000,
  advance: async (ms: number) => {
    vi.setSystemTime(Date.now() + ms);
  },
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-22T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createMemoryStore', () => {
  storeContract(createMemoryStore, fakeTime);
});

// unstorage's own memory driver has no atomic get-and-delete and ignores time to live: the store
// queues each key's operations and keeps expiry in the value itself.
describe('createUnstorageStore on a driver other than Redis (one process)', () => {
  storeContract(() => createUnstorageStore(createStorage()), fakeTime);
});
