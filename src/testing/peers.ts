/// <reference types="node" />
import type { getRequestListener } from '@hono/node-server';
import type { getResponse } from 'msw';
import type { createEmulator } from './createMockBizKitHub.js';

/** What the mock server runs on, besides this package: its optional peer dependencies. */
const mockServerPeers = ['msw', '@hono/node-server', 'hono'] as const;

/** The one install line the README gives for the mock server. */
export const mockServerInstallLine = `npm install --save-dev ${mockServerPeers.join(' ')}`;

/**
 * Loads the modules that need the optional peers. Imported on demand, not at the top of the
 * module, so that a missing peer becomes a sentence naming it instead of Node's raw
 * `ERR_MODULE_NOT_FOUND` at startup. Injectable for tests.
 */
export interface MockServerImports {
  /** The emulator, which imports msw. */
  emulator(): Promise<{ createEmulator: typeof createEmulator }>;
  msw(): Promise<{ getResponse: typeof getResponse }>;
  /** @hono/node-server, which imports hono. */
  adapter(): Promise<{ getRequestListener: typeof getRequestListener }>;
}

export const nativeMockServerImports: MockServerImports = {
  emulator: () => import('./createMockBizKitHub.js'),
  msw: () => import('msw'),
  adapter: () => import('@hono/node-server'),
};

export interface MockServerModules {
  createEmulator: typeof createEmulator;
  getResponse: typeof getResponse;
  getRequestListener: typeof getRequestListener;
}

/** The peer a failed import could not find, or `undefined` when it failed for another reason. */
function missingPeer(error: unknown): string | undefined {
  if (!(error instanceof Error) || (error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') return undefined;
  // Node: "Cannot find package 'msw' imported from /app/node_modules/@bizkithub/auth-react/dist/…".
  const name = /Cannot find package '([^']+)'/.exec(error.message)?.[1];
  return mockServerPeers.find((peer) => peer === name);
}

function list(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** The sentence the mock server and the bin give when peers are missing. */
function missingPeersMessage(missing: readonly string[]): string {
  const verb = missing.length === 1 ? 'is' : 'are';
  return `The BizKitHub mock server needs ${list(missing)}, which ${verb} not installed: run ${mockServerInstallLine}`;
}

/** Loads every module at once; throws one `Error` naming each missing peer. */
export async function loadMockServerModules(imports: MockServerImports = nativeMockServerImports): Promise<MockServerModules> {
  const results = await Promise.allSettled([imports.emulator(), imports.msw(), imports.adapter()]);
  const failures = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
  if (failures.length > 0) {
    const missing = failures.map(missingPeer);
    // Anything but a missing peer (a broken install, a syntax error) is rethrown as it is.
    const other = failures.find((_, index) => missing[index] === undefined);
    if (other !== undefined) throw other;
    throw new Error(missingPeersMessage(mockServerPeers.filter((peer) => missing.includes(peer))));
  }
  // Settled above; Node imports each module once, so this only unwraps them.
  const [emulator, msw, adapter] = await Promise.all([imports.emulator(), imports.msw(), imports.adapter()]);
  return {
    createEmulator: emulator.createEmulator,
    getResponse: msw.getResponse,
    getRequestListener: adapter.getRequestListener,
  };
}
