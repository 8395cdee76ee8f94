// @vitest-environment node
// sha256Hex names every stored key (limits, the sign-in lock, magic links): the node:crypto path and
// the Web Crypto path (workers) must give the same digest, or a store shared by both would split.
import { onTestFinished } from 'vitest';

const vectors = [
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  // Non-ASCII is hashed as UTF-8 by both.
  ['jana@bücher.de', 'b4647eab2f76e5fdb6e08f245cd16db060ac0ec477fd97f4fc04cd50c56ea452'],
] as const;

async function load(withNodeCrypto: boolean) {
  vi.resetModules();
  if (!withNodeCrypto) {
    const spy = vi.spyOn(process, 'getBuiltinModule').mockReturnValue(undefined as never);
    onTestFinished(() => spy.mockRestore());
  }
  return import('../../src/server/tokens.js');
}

it('hashes to the standard SHA-256 digests with node:crypto and with Web Crypto alike', async () => {
  const viaNode = await load(true);
  const viaWeb = await load(false);
  for (const [text, digest] of vectors) {
    const node = await viaNode.sha256Hex(text);
    expect(await viaWeb.sha256Hex(text)).toBe(node);
    expect(node).toBe(digest);
    expect(node).toMatch(/^[0-9a-f]{64}$/);
  }
});

it('uses Web Crypto where the runtime has no node:crypto', async () => {
  const { sha256Hex } = await load(false);
  const digest = vi.spyOn(crypto.subtle, 'digest');
  onTestFinished(() => digest.mockRestore());
  await sha256Hex('abc');
  expect(digest).toHaveBeenCalledTimes(1);
});
