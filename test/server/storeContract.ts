import type { MagicLinkStore } from '../../src/server/index.js';

/**
 * What every MagicLinkStore must do. `unit` is a time to live short enough for the store at hand
 * (fake time for memory, real milliseconds for Redis); `advance` lets that much time pass.
 */
export function storeContract(makeStore: () => MagicLinkStore, { unit, advance }: { unit: number; advance: (ms: number) => Promise<void> }) {
  let store: MagicLinkStore;
  let prefix = 0;
  // Each test uses its own keys: a shared Redis keeps what earlier tests wrote.
  const key = (name: string) => `contract:${prefix}:${name}`;
  beforeEach(() => {
    store = makeStore();
    prefix += 1;
  });

  it('gets what was set, until it is taken; take gives it once', async () => {
    await store.set(key('a'), 'first', 10 * unit);
    await store.set(key('a'), 'second', 10 * unit);
    expect(await store.get(key('a'))).toBe('second');
    expect(await store.get(key('a'))).toBe('second');
    expect(await store.take(key('a'))).toBe('second');
    expect(await store.take(key('a'))).toBeUndefined();
    expect(await store.get(key('a'))).toBeUndefined();
    expect(await store.get(key('never'))).toBeUndefined();
  });

  it('forgets a value after its time to live', async () => {
    await store.set(key('short'), 'v', unit);
    await store.set(key('long'), 'v', 10 * unit);
    await advance(2 * unit);
    expect(await store.get(key('short'))).toBeUndefined();
    expect(await store.take(key('short'))).toBeUndefined();
    expect(await store.get(key('long'))).toBe('v');
  });

  it('counts within a window that starts at the first increment and is not extended by later ones', async () => {
    expect(await store.increment(key('n'), 4 * unit)).toBe(1);
    expect(await store.increment(key('n'), 4 * unit)).toBe(2);
    await advance(2 * unit);
    expect(await store.increment(key('n'), 4 * unit)).toBe(3);
    expect(await store.increment(key('other'), 4 * unit)).toBe(1);
    await advance(3 * unit);
    expect(await store.increment(key('n'), 4 * unit)).toBe(1);
  });

  it('gives a value to exactly one of 20 concurrent takes', async () => {
    await store.set(key('once'), 'token record', 10 * unit);
    const taken = await Promise.all(Array.from({ length: 20 }, () => store.take(key('once'))));
    expect(taken.filter((value) => value !== undefined)).toEqual(['token record']);
  });

  it('counts 20 concurrent increments as 1 to 20', async () => {
    const counts = await Promise.all(Array.from({ length: 20 }, () => store.increment(key('burst'), 10 * unit)));
    expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
  });
}
