// @vitest-environment node
// Issue 34: the memory store's two rooms. Tokens are never evicted; counters make room by dropping
// the one counted longest ago, so a busy counter (the shop-wide cap) is the last to go.
import { captureConsole, freshServer } from './abuseSupport.js';

const console_ = captureConsole();
const server = freshServer();
const minute = 60_000;

it('a flood of counters never takes a token\'s room, and drops the counter counted longest ago', async () => {
  const store = server().createMemoryStore({ maxEntries: 2, maxCounters: 3 });
  await store.set('magic-link:token:a', 'link', minute);
  await store.increment('busy', minute);
  for (let index = 0; index < 10; index += 1) {
    await store.increment(`flood:${index}`, minute);
    // The shop-wide counter is counted on every request that gets that far.
    await store.increment('busy', minute);
  }
  expect(await store.get('busy')).toBe('11');
  expect(await store.get('flood:0')).toBeUndefined();
  expect(await store.get('flood:9')).toBe('1');
  expect(await store.get('magic-link:token:a')).toBe('link');
  await store.set('magic-link:token:b', 'link', minute);
  await expect(store.set('magic-link:token:c', 'link', minute)).rejects.toMatchObject({ name: 'StoreFullError' });
  expect(await store.get('magic-link:token:a')).toBe('link');
  expect(console_.take()).toEqual([
    expect.stringMatching(/holds 3 counters \(maxCounters\), so those counted longest ago are dropped/),
    expect.stringMatching(/holds 2 links \(maxEntries\), so new links are refused with 503/),
  ]);
});

it('refuses a room size that is not a positive whole number', () => {
  expect(() => server().createMemoryStore({ maxCounters: 0 })).toThrow(/maxCounters must be a positive whole number/);
  expect(() => server().createMemoryStore({ maxEntries: 1.5 })).toThrow(/maxEntries must be a positive whole number/);
});
