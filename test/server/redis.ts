import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { createStorage, type Storage } from 'unstorage';
import redisDriver from 'unstorage/drivers/redis';
import { createUnstorageStore, type MagicLinkStore } from '../../src/server/index.js';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A real redis-server of this file's own on a free port of 127.0.0.1 (Debian's package), started
 * before the file's tests and stopped after them. `store(base)` is a store on its own unstorage
 * instance and connection, as another server process would have.
 */
export function startRedis(): { store(base: string): MagicLinkStore } {
  let redisProcess: ChildProcess | undefined;
  let port = 0;
  const storages: Storage[] = [];
  beforeAll(async () => {
    execFileSync('sh', ['scripts/ensure-redis.sh'], { stdio: 'inherit' });
    port = await freePort();
    redisProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const probe = new Redis({ host: '127.0.0.1', port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    // Refused connections while the server starts are expected; the loop retries them.
    probe.on('error', () => undefined);
    for (let attempt = 0; ; attempt += 1) {
      try {
        await probe.connect();
        await probe.ping();
        break;
      } catch (error) {
        if (attempt > 100) throw error;
        probe.disconnect();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    probe.disconnect();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(storages.map((storage) => storage.dispose()));
    redisProcess?.kill();
  });
  return {
    store(base) {
      const storage = createStorage({ driver: redisDriver({ host: '127.0.0.1', port, base }) });
      storages.push(storage);
      return createUnstorageStore(storage);
    },
  };
}
