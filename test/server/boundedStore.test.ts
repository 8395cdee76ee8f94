// @vitest-environment node
// Every store call is bounded in time, but for the memory store, whose calls settle in this process
// and can be neither slow nor silent: a timer per call there would bound nothing.
import { createMemoryStore, type MagicLinkStore } from '../../src/server/index.js';
import { boundedStore } from '../../src/server/stores/boundedStore.js';

it('leaves the memory store as it is', () => {
  const memory = createMemoryStore();
  expect(boundedStore(memory, 50)).toBe(memory);
});

it('bounds any other store, a copy of the memory store’s methods included', async () => {
  const memory = createMemoryStore();
  const silent: MagicLinkStore = { ...memory, get: () => new Promise<string | undefined>(() => undefined) };
  const bounded = boundedStore(silent, 50);
  expect(bounded).not.toBe(silent);
  await expect(bounded.get('key')).rejects.toMatchObject({ name: 'StoreTimeoutError' });
  await expect(bounded.increment('counter', 60_000)).resolves.toBe(1);
});
