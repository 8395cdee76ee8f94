// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMockBizKitHubCli } from '../../src/testing/cli.js';
import { startMockServer } from '../../src/testing/mockServer.js';
import { mockServerInstallLine, nativeMockServerImports, type MockServerImports } from '../../src/testing/peers.js';

// Issue 18: the mock server runs on optional peers (msw, @hono/node-server, hono). Missing one, it
// must say which and give the install line of docs/testing.md, not die with Node's ERR_MODULE_NOT_FOUND.

const installLine = 'npm install --save-dev msw @hono/node-server hono';

/** What Node's `import()` rejects with when a package is not installed (its code and wording). */
function notInstalled(name: string, from = '/app/node_modules/@bizkithub/auth-react/dist/testing/peers.js'): Error {
  return Object.assign(new Error(`Cannot find package '${name}' imported from ${from}`), { code: 'ERR_MODULE_NOT_FOUND' });
}

const withoutMsw: MockServerImports = {
  ...nativeMockServerImports,
  emulator: () => Promise.reject(notInstalled('msw', '/app/node_modules/@bizkithub/auth-react/dist/testing/createMockBizKitHub.js')),
  msw: () => Promise.reject(notInstalled('msw')),
};
const withoutHono: MockServerImports = {
  ...nativeMockServerImports,
  adapter: () => Promise.reject(notInstalled('hono', '/app/node_modules/@hono/node-server/dist/index.mjs')),
};
const withoutAny: MockServerImports = {
  ...withoutMsw,
  adapter: () => Promise.reject(notInstalled('@hono/node-server')),
};

function runCli(args: string[], imports: MockServerImports) {
  const out: string[] = [];
  const err: string[] = [];
  const signals = { once: () => undefined, off: () => undefined };
  const exit = runMockBizKitHubCli(args, { out: (line) => out.push(line), err: (line) => err.push(line), signals, imports });
  return { out, err, exit };
}

describe('a missing optional peer', () => {
  it('docs/testing.md gives the same install line as the message', async () => {
    expect(mockServerInstallLine).toBe(installLine);
    const readme = await readFile('docs/testing.md', 'utf8');
    // Every install line that names the mock server's adapter names msw too.
    const lines = readme.split('\n').filter((line) => /install --save-dev[^`]*@hono\/node-server/.test(line));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toContain(installLine);
  });

  it.each([
    ['msw', withoutMsw, 'msw, which is'],
    ['hono', withoutHono, 'hono, which is'],
    ['all three', withoutAny, 'msw and @hono/node-server, which are'],
  ])('without %s, bizkithub-mock prints one sentence naming it and the install line, and exits 1', async (_, imports, named) => {
    const cli = runCli(['--demo'], imports);
    expect(await cli.exit).toBe(1);
    expect(cli.err).toEqual([`bizkithub-mock: The BizKitHub mock server needs ${named} not installed: run ${installLine}`]);
    expect(cli.out).toEqual([]);
  });

  it('startMockBizKitHubServer rejects with an Error carrying that sentence, and listens on nothing', async () => {
    const error: unknown = await startMockServer({ port: 0 }, withoutMsw).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(`The BizKitHub mock server needs msw, which is not installed: run ${installLine}`);
  });

  it('any other import failure is not disguised as a missing peer', async () => {
    const broken = new SyntaxError('Unexpected token');
    const cli = runCli([], { ...nativeMockServerImports, adapter: () => Promise.reject(broken) });
    expect(await cli.exit).toBe(1);
    expect(cli.err).toEqual(['bizkithub-mock: Unexpected token']);
  });
});

// The real thing: the bin and the testing/server entry, bundled from the sources as the package
// ships them (one module per file, the peers external), run by Node in a folder without msw.
describe('built, in a folder without msw', () => {
  let dir: string;
  const exec = promisify(execFile);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bizkithub-no-msw-'));
    await build({
      entryPoints: { 'bizkithub-mock': 'src/testing/bin.ts', 'testing-server': 'src/testing/server.ts' },
      outdir: dir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      external: ['msw', 'msw/*', '@hono/node-server', 'hono', 'hono/*'],
      logLevel: 'silent',
    });
    await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function node(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    return exec(process.execPath, args, { cwd: dir, timeout: 15_000 }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
  }

  it('with no peer at all: the bin exits 1 with the sentence and no stack trace', async () => {
    const { code, stdout, stderr } = await node(['bizkithub-mock.js', '--demo']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`bizkithub-mock: The BizKitHub mock server needs msw and @hono/node-server, which are not installed: run ${installLine}\n`);
  });

  it('with @hono/node-server and hono but no msw: both the bin and startMockBizKitHubServer name msw alone', async () => {
    const modules = join(dir, 'node_modules');
    await mkdir(join(modules, '@hono'), { recursive: true });
    await symlink(await realpath('node_modules/@hono/node-server'), join(modules, '@hono', 'node-server'));
    await symlink(await realpath('node_modules/hono'), join(modules, 'hono'));
    const sentence = `The BizKitHub mock server needs msw, which is not installed: run ${installLine}`;

    const bin = await node(['bizkithub-mock.js']);
    expect(bin).toEqual({ code: 1, stdout: '', stderr: `bizkithub-mock: ${sentence}\n` });

    const script = `import('./testing-server.js').then((m) => m.startMockBizKitHubServer()).then(
      () => console.log('started'),
      (error) => console.log(error instanceof Error, error.message),
    );`;
    const api = await node(['--input-type=module', '-e', script]);
    expect(api).toEqual({ code: 0, stdout: `true ${sentence}\n`, stderr: '' });
  });
});
