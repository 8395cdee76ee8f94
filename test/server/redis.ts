import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { createStorage, type Storage } from 'unstorage';
import redisDriver from 'unstorage/drivers/redis';
import { createUnstorageStore, type MagicLinkStore } from '../../src/server/index.js';

/** A port of 127.0.0.1 that nothing listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface TestRedis {
  /** A store on its own unstorage instance and connection under `base`, as another server process would have. */
  store(base: string): MagicLinkStore;
  /** A plain connection, for looking at the keys themselves. */
  raw(): Redis;
  /** The redis-server's process id, for a test that stops, pauses or kills it. */
  pid(): number;
}

/**
 * A connection to the redis-server just started on `port`, once it answers PING (about 10 s at
 * most). It never reconnects by itself: a test that stops the server sees the failure.
 */
export async function connectWhenUp(port: number): Promise<Redis> {
  const connection = new Redis({ host: '127.0.0.1', port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  // Refused connections while the server starts are expected; the loop retries them.
  connection.on('error', () => undefined);
  for (let attempt = 0; ; attempt += 1) {
    try {
      await connection.connect();
      await connection.ping();
      return connection;
    } catch (error) {
      if (attempt > 100) throw error;
      connection.disconnect();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * A real redis-server of the calling file's own on a free port of 127.0.0.1 (Debian's package,
 * installed when missing), started before the file's tests and stopped after them.
 */
export function startRedis({ args = [] }: { args?: string[] } = {}): TestRedis {
  let redisProcess: ChildProcess | undefined;
  let port = 0;
  let connection: Redis | undefined;
  const storages: Storage[] = [];
  beforeAll(async () => {
    execFileSync('sh', ['scripts/ensure-redis.sh'], { stdio: 'inherit' });
    port = await freePort();
    redisProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...args], { stdio: 'ignore' });
    connection = await connectWhenUp(port);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(storages.map((storage) => storage.dispose()));
    connection?.disconnect();
    // A test may have killed it already.
    if (redisProcess && redisProcess.exitCode === null && redisProcess.signalCode === null) {
      const exited = new Promise((resolve) => redisProcess?.once('exit', resolve));
      redisProcess.kill('SIGCONT');
      redisProcess.kill('SIGTERM');
      await exited;
    }
  });
  return {
    store(base) {
      const storage = createStorage({ driver: redisDriver({ host: '127.0.0.1', port, base }) });
      storages.push(storage);
      return createUnstorageStore(storage);
    },
    pid() {
      if (redisProcess?.pid === undefined) throw new Error('Redis is not started yet: call pid() inside a test.');
      return redisProcess.pid;
    },
    raw() {
      if (!connection) throw new Error('Redis is not started yet: call raw() inside a test.');
      return connection;
    },
  };
}
