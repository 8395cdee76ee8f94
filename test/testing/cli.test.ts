// @vitest-environment node
import { EventEmitter } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBizKitHubClient, isBizKitHubError } from '../../src/client/index.js';
import { runMockBizKitHubCli } from '../../src/testing/cli.js';
import { startMockBizKitHubServer } from '../../src/testing/server.js';
import { devKey } from '../support/keys.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bizkithub-mock-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the command as the bin does, with its output captured and signals sent by the test. */
function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const signals = new EventEmitter();
  const exit = runMockBizKitHubCli(args, { out: (line) => out.push(line), err: (line) => err.push(line), signals });
  const url = async (): Promise<string> => {
    await vi.waitFor(() => expect(out.join('\n')).toMatch(/http:\/\/\S+/), { timeout: 5000 });
    return /http:\/\/[^\s/]+/.exec(out.join('\n'))?.[0] ?? '';
  };
  return { out, err, signals, exit, url };
}

describe('bizkithub-mock', () => {
  it('prints its 127.0.0.1 URL, serves the emulator there, and stops on SIGINT with exit code 0', async () => {
    const cli = run(['--demo']);
    const url = await cli.url();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const client = createBizKitHubClient({ apiKey: devKey, baseUrl: url });
    await expect(client.login({ email: 'jana@example.com', password: 'correct horse' })).resolves.toMatchObject({
      identityId: expect.any(String),
    });
    cli.signals.emit('SIGINT');
    expect(await cli.exit).toBe(0);
    await expect(fetch(`${url}/__mock/mailbox`)).rejects.toThrow();
    expect(cli.signals.listenerCount('SIGTERM')).toBe(0);
  });

  it('seeds --accounts from a JSON file on the --port asked for, without the demo account unless --demo', async () => {
    const file = join(dir, 'accounts.json');
    await writeFile(file, JSON.stringify([{ email: 'petr@example.com', password: 'pw', firstName: 'Petr' }]));
    const probe = run([]);
    const port = Number(new URL(await probe.url()).port);
    probe.signals.emit('SIGTERM');
    expect(await probe.exit).toBe(0);

    const cli = run(['--port', String(port), '--accounts', file]);
    const url = await cli.url();
    expect(url).toBe(`http://127.0.0.1:${port}`);
    const client = createBizKitHubClient({ apiKey: devKey, baseUrl: url });
    await expect(client.login({ email: 'petr@example.com', password: 'pw' })).resolves.toMatchObject({ identityId: expect.any(String) });
    const demo: unknown = await client.login({ email: 'jana@example.com', password: 'correct horse' }).catch((error: unknown) => error);
    expect(isBizKitHubError(demo) && demo.code).toBe('E002');
    cli.signals.emit('SIGTERM');
    expect(await cli.exit).toBe(0);
  });

  it('--shop-url: a followed confirmation link lands on the shop, a reset link leads to its set-new-password page', async () => {
    const cli = run(['--demo', '--shop-url', 'http://localhost:3000']);
    const url = await cli.url();
    expect(cli.out.join('\n')).toContain('e-mailed links lead to http://localhost:3000');
    const client = createBizKitHubClient({ apiKey: devKey, baseUrl: url });
    await client.registerAccount({ email: 'nova@example.com', password: 'pw' });
    await client.resetPassword({ email: 'jana@example.com' });
    const [confirmation, reset] = (await (await fetch(`${url}/__mock/mailbox`)).json()) as { link: string; token: string }[];
    const followed = await fetch(confirmation?.link ?? '', { redirect: 'manual' });
    expect([followed.status, followed.headers.get('Location')]).toEqual([303, 'http://localhost:3000/']);
    expect(reset?.link).toBe(`http://localhost:3000/set-new-password#token=${reset?.token ?? ''}`);
    cli.signals.emit('SIGINT');
    expect(await cli.exit).toBe(0);
  });

  it.each([
    [['--shop-url', 'localhost:3000'], 2, /--shop-url must be an absolute http\(s\) URL/],
    [['--port', 'eighty'], 2, /--port/],
    [['--verbose'], 2, /Unknown option/],
    [['--accounts', '/nonexistent/accounts.json'], 1, /ENOENT/],
  ])('refuses %j with exit code %i and a message on stderr', async (args, code, message) => {
    const cli = run(args);
    expect(await cli.exit).toBe(code);
    expect(cli.err.join('\n')).toMatch(message);
    expect(cli.out).toEqual([]);
  });

  it.each([[['--host', '']], [['--host', '  ']], [['--host=']]])('refuses an empty --host (%j: an unset variable) with exit code 2, binding nothing', async (args) => {
    const cli = run(args);
    expect(await cli.exit).toBe(2);
    expect(cli.err.join('\n')).toMatch(/--host is empty .* --host 127\.0\.0\.1/);
    expect(cli.out).toEqual([]);
  });

  it('startMockBizKitHubServer refuses an empty host too, rather than binding every interface', async () => {
    await expect(startMockBizKitHubServer({ host: '' })).rejects.toThrow(/host must name the interface to bind/);
  });

  it.each(['127.0.0.1', 'localhost', '127.0.0.2'])('--host %s stays on loopback and prints no warning', async (host) => {
    const cli = run(['--host', host]);
    const url = await cli.url();
    expect(url).toMatch(/^http:\/\/(127\.0\.0\.[12]|\[::1\]):\d+$/);
    expect((await fetch(`${url}/__mock/mailbox`)).status).toBe(200);
    expect(cli.err).toEqual([]);
    cli.signals.emit('SIGTERM');
    expect(await cli.exit).toBe(0);
  });

  it.each([
    ['0.0.0.0', /^bizkithub-mock: warning: bound to 0\.0\.0\.0:(\d+) \(every network interface\): anyone who can reach this machine/],
    ['::', /^bizkithub-mock: warning: bound to \[::\]:(\d+) \(every network interface\): anyone who can reach this machine/],
  ])('--host %s warns with the real bound address, and serves on loopback', async (host, warning) => {
    const cli = run(['--host', host]);
    const exit = await Promise.race([cli.exit, cli.url().then(() => undefined)]);
    // A machine without IPv6 cannot bind ::; nothing to check there.
    if (exit === 1 && /EAFNOSUPPORT|EADDRNOTAVAIL/.test(cli.err.join('\n'))) return;
    const url = await cli.url();
    const printed = warning.exec(cli.err.join('\n'));
    expect(printed).not.toBeNull();
    // The warning names the port it really listens on; the URL it prints is the loopback one to call.
    expect(url).toBe(`http://${host === '::' ? '[::1]' : '127.0.0.1'}:${printed?.[1] ?? ''}`);
    expect((await fetch(`${url}/__mock/mailbox`)).status).toBe(200);
    cli.signals.emit('SIGTERM');
    expect(await cli.exit).toBe(0);
  });

  it('refuses an accounts file that is not an array of accounts', async () => {
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ email: 'petr@example.com' }));
    const cli = run(['--accounts', file]);
    expect(await cli.exit).toBe(1);
    expect(cli.err.join('\n')).toMatch(/JSON array of accounts/);
  });

  it('--help prints the usage and exits 0 without listening', async () => {
    const cli = run(['--help']);
    expect(await cli.exit).toBe(0);
    expect(cli.out.join('\n')).toMatch(/^Usage: bizkithub-mock/);
    expect(cli.out.join('\n')).toMatch(/--shop-url <url> .*set-new-password#token=/);
  });

  it('--help says how a magic link reaches the mailbox, and how to read it', async () => {
    const cli = run(['--help']);
    expect(await cli.exit).toBe(0);
    const usage = cli.out.join('\n');
    expect(usage).toContain('GET <url>/__mock/mailbox[?to=<address>]');
    expect(usage).toContain("magicLink: { sendMagicLink: mockMailboxSender('<url>') }");
    expect(usage).toContain('@bizkithub/auth-react/testing/server');
    expect(usage).toContain('POST <url>/__mock/mailbox');
  });
});
