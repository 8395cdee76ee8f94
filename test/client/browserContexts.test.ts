// @vitest-environment node
// Where a bundle runs decides what the client allows: a ROOT key only on a server, never in a page
// or a worker. And the development warnings: once each, never in production, never with a secret.
import type { MockInstance } from 'vitest';
import { devKey, rootKey } from '../support/keys.js';

/** The docs' sample key: refused by the platform, so the client warns about it. */
const sampleKey = 'PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE';

/** A fresh copy of the client module, so the warn-once memory starts empty. */
async function freshClient() {
  vi.resetModules();
  const { createBizKitHubClient } = await import('../../src/client/index.js');
  return createBizKitHubClient;
}

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
// A copy loaded under a stubbed NODE_ENV holds production's sentences: leave a fresh graph behind
// for the next file of this worker (the unit project shares one per worker).
afterAll(() => {
  vi.resetModules();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  warn.mockRestore();
});

function warnings(): string {
  return warn.mock.calls.map((args) => args.map(String).join(' ')).join('\n');
}

describe('a ROOT key is refused in every browser context', () => {
  test('on a server (no window, document or worker scope) it is accepted', async () => {
    const create = await freshClient();
    expect(() => create({ apiKey: rootKey })).not.toThrow();
  });

  test('in a Web Worker (self and WorkerGlobalScope, no window) it is refused without repeating the key', async () => {
    vi.stubGlobal('self', globalThis);
    vi.stubGlobal('WorkerGlobalScope', class WorkerGlobalScope {});
    const create = await freshClient();
    expect(() => create({ apiKey: rootKey })).toThrow(/ROOT key/);
    try {
      create({ apiKey: rootKey });
    } catch (error) {
      expect(String(error)).not.toContain(rootKey.slice(4));
    }
    expect(() => create({ apiKey: devKey })).not.toThrow();
  });

  test('in a classic worker that only has importScripts it is refused', async () => {
    vi.stubGlobal('importScripts', () => undefined);
    const create = await freshClient();
    expect(() => create({ apiKey: rootKey })).toThrow(/ROOT key/);
  });

  test('where only a document exists (a page without window, as some test environments) it is refused', async () => {
    vi.stubGlobal('document', {});
    const create = await freshClient();
    expect(() => create({ apiKey: rootKey })).toThrow(/ROOT key/);
  });
});

describe('development warnings', () => {
  test("the docs' sample key warns once, without the key", async () => {
    const create = await freshClient();
    create({ apiKey: sampleKey });
    create({ apiKey: sampleKey });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warnings()).toMatch(/sample key/);
    expect(warnings()).not.toContain(sampleKey);
    expect(warnings()).not.toContain(sampleKey.slice(4, 20));
  });

  test('an http:// base URL that is not localhost warns once, naming the host only', async () => {
    const create = await freshClient();
    create({ apiKey: devKey, baseUrl: 'http://user:s3cret-pass@proxy.shop.example/bizkithub?apiKey=abc' });
    create({ apiKey: devKey, baseUrl: 'http://proxy.shop.example' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warnings()).toContain('proxy.shop.example');
    expect(warnings()).not.toContain('s3cret-pass');
    expect(warnings()).not.toContain('apiKey=abc');
  });

  test.each(['http://localhost:3000', 'http://127.0.0.1:8787/api', 'https://proxy.shop.example'])('%s gives no warning', async (baseUrl) => {
    const create = await freshClient();
    create({ apiKey: devKey, baseUrl });
    expect(warn).not.toHaveBeenCalled();
  });

  test('a production build (NODE_ENV=production) gives none of them', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const create = await freshClient();
    create({ apiKey: sampleKey });
    create({ apiKey: devKey, baseUrl: 'http://proxy.shop.example' });
    expect(warn).not.toHaveBeenCalled();
  });
});
