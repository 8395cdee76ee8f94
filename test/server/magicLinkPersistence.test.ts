// @vitest-environment node
// Issue 34: what single use needs from Redis (docs/magic-links.md, "Redis: what single use needs").
// A real redis-server of this file's own on 127.0.0.1, stopped and started again by its PID: with
// AOF a used link stays used and an unopened one keeps working across a restart; without
// persistence every unopened link is cancelled (fails closed); a restore from an RDB snapshot taken
// before a link was used brings that link back, which is why the docs ask for AOF.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { createStorage, type Storage } from 'unstorage';
import redisDriver from 'unstorage/drivers/redis';
import { createBizKitHubHandler, createUnstorageStore, type MagicLinkMessage } from '../../src/server/index.js';
import { connectWhenUp, freePort } from './redis.js';
import { devKey } from '../support/keys.js';
import { openAndPress, withSetCookies } from './confirmation.js';
import { browserRequest, forbidConsoleInEveryTest, shopOrigin, startUpstream, verified } from './support.js';

startUpstream();
forbidConsoleInEveryTest();

/** A redis-server on 127.0.0.1 with its data in `dir`, which the test stops and starts by PID. */
class RedisProcess {
  private process: ChildProcess | undefined;
  constructor(
    readonly port: number,
    readonly dir: string,
    private readonly persistence: string[],
  ) {}

  async start() {
    running.add(this);
    this.process = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, ...this.persistence], { stdio: 'ignore' });
    return connectWhenUp(this.port);
  }

  /** SIGKILL: no shutdown save, as a crash or a lost machine. */
  async kill() {
    const child = this.process;
    this.process = undefined;
    running.delete(this);
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}

/** Servers still up, stopped after each test even when it failed half-way. */
const running = new Set<RedisProcess>();
let dir: string;
let port: number;
const storages: Storage[] = [];
const probes: Redis[] = [];
beforeAll(async () => {
  execFileSync('sh', ['scripts/ensure-redis.sh'], { stdio: 'inherit' });
  dir = await mkdtemp(join(tmpdir(), 'bizkithub-redis-'));
}, 60_000);
beforeEach(async () => {
  port = await freePort();
});
afterEach(async () => {
  await Promise.all([...running].map((redis) => redis.kill()));
  await Promise.all(storages.splice(0).map((storage) => storage.dispose()));
  for (const probe of probes.splice(0)) probe.disconnect();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A shop on the Redis at `port`; its links land in `sent`. */
function makeShop() {
  const sent: MagicLinkMessage[] = [];
  // ioredis reconnects on its own once the server is back, as it does in production.
  const storage = createStorage({ driver: redisDriver({ host: '127.0.0.1', port, base: 'shop' }) });
  storages.push(storage);
  const handler = createBizKitHubHandler({
    apiKey: devKey,
    origin: shopOrigin,
    getClientIp: () => '192.0.2.1',
    magicLink: { sendMagicLink: (message) => void sent.push(message), store: createUnstorageStore(storage) },
  });
  const askForLink = async () => {
    const cookie = withSetCookies(undefined, await handler(browserRequest('/magic-link', { body: { email: verified.email } })));
    return { link: sent.at(-1)?.url ?? '', cookie };
  };
  return { handler, askForLink };
}

const signsIn = (response: Response) => response.headers.getSetCookie().some((line) => line.startsWith('__Host-auth-id='));
const errorOf = (response: Response) => new URL(response.headers.get('location') ?? 'https://x.test/').searchParams.get('error');

it('with AOF (appendonly yes), a crash keeps a used link used and an unopened link working', async () => {
  const redis = new RedisProcess(port, await mkdtemp(join(dir, 'aof-')), ['--appendonly', 'yes', '--appendfsync', 'always', '--save', '']);
  probes.push(await redis.start());
  const shop = makeShop();
  const used = await shop.askForLink();
  const unopened = await shop.askForLink();
  expect(signsIn(await openAndPress(shop.handler, used.link, { cookie: used.cookie }))).toBe(true);
  await redis.kill();
  probes.push(await redis.start());
  expect(errorOf(await openAndPress(shop.handler, used.link, { cookie: used.cookie }))).toBe('used');
  expect(signsIn(await openAndPress(shop.handler, unopened.link, { cookie: unopened.cookie }))).toBe(true);
  await redis.kill();
});

it('without persistence, a restart cancels every unopened link: it fails closed ("invalid"), never signs in', async () => {
  const redis = new RedisProcess(port, await mkdtemp(join(dir, 'none-')), ['--appendonly', 'no', '--save', '']);
  probes.push(await redis.start());
  const shop = makeShop();
  const links = [await shop.askForLink(), await shop.askForLink(), await shop.askForLink()];
  await redis.kill();
  probes.push(await redis.start());
  for (const { link, cookie } of links) expect(errorOf(await openAndPress(shop.handler, link, { cookie }))).toBe('invalid');
  await redis.kill();
});

it('a restore from an RDB snapshot taken before a link was used makes that link sign in again (the documented hazard)', async () => {
  const redisDir = await mkdtemp(join(dir, 'rdb-'));
  const redis = new RedisProcess(port, redisDir, ['--appendonly', 'no', '--save', '', '--dbfilename', 'dump.rdb']);
  const probe = await redis.start();
  probes.push(probe);
  const shop = makeShop();
  const link = await shop.askForLink();
  // The nightly backup.
  await probe.save();
  await copyFile(join(redisDir, 'dump.rdb'), join(redisDir, 'backup.rdb'));
  expect(signsIn(await openAndPress(shop.handler, link.link, { cookie: link.cookie }))).toBe(true);
  expect(errorOf(await openAndPress(shop.handler, link.link, { cookie: link.cookie }))).toBe('used');
  // The operator restores the backup.
  await redis.kill();
  await copyFile(join(redisDir, 'backup.rdb'), join(redisDir, 'dump.rdb'));
  probes.push(await redis.start());
  expect(signsIn(await openAndPress(shop.handler, link.link, { cookie: link.cookie }))).toBe(true);
  await redis.kill();
});
