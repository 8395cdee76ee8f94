/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isLoopbackAddress, startMockServer } from './mockServer.js';
import type { MockServerImports } from './peers.js';
import type { MockAccountSeed } from './types.js';

/** The account `--demo` seeds: the one the README, the stories and the examples sign in with. */
const demoAccount = {
  email: 'jana@example.com',
  password: 'correct horse',
  firstName: 'Jana',
  lastName: 'Nováková',
} as const satisfies MockAccountSeed;

/** Where the command line writes and which signals stop it (`process` in the bin). */
export interface MockBizKitHubCliIo {
  out(line: string): void;
  err(line: string): void;
  signals: { once(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown; off(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown };
  /** How msw, @hono/node-server and the emulator are imported (tests stand in for a missing one). @default Node's `import()` */
  imports?: MockServerImports | undefined;
}

const mockBizKitHubUsage = `Usage: bizkithub-mock [--port 4010] [--host 127.0.0.1] [--accounts accounts.json] [--demo] [--shop-url http://localhost:3000]

Runs the embedded BizKitHub (an in-memory emulator of the customer-auth API) on 127.0.0.1.
  --port <n>         TCP port (default: a free one, printed on start)
  --host <address>   interface to bind (default 127.0.0.1; anything beyond loopback exposes it to the network and warns)
  --accounts <file>  JSON array of accounts: { email, password?, verified?, banned?, firstName?, lastName?, … }
  --demo             also seed ${demoAccount.email} / '${demoAccount.password}' (firstName ${demoAccount.firstName})
  --shop-url <url>   your shop, where the e-mailed links lead: reset links to <shop-url>/set-new-password#token=…,
                     and a followed confirmation link redirects to the registration's returnUrl, else <shop-url>/
Mailbox: the mail BizKitHub sends (confirmation, password reset) and the magic links your shop sends.
  read it:           GET <url>/__mock/mailbox[?to=<address>]  (JSON, newest last: open a mail's "link")
  mail magic links:  give your handler mockMailboxSender from @bizkithub/auth-react/testing/server:
                     createBizKitHubHandler({ …, baseUrl: '<url>', magicLink: { sendMagicLink: mockMailboxSender('<url>') } })
                     (it posts { to, kind: 'magic-link', link } to POST <url>/__mock/mailbox)
Confirmation links: GET <url>/__mock/verify?token=; forget everything: POST <url>/__mock/reset.
Stops on Ctrl+C (SIGINT) or SIGTERM.`;

function isSeed(value: unknown): value is MockAccountSeed {
  return typeof value === 'object' && value !== null && typeof (value as { email?: unknown }).email === 'string';
}

async function readAccounts(file: string): Promise<MockAccountSeed[]> {
  const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (!Array.isArray(parsed) || !parsed.every(isSeed)) {
    throw new TypeError(`${file} must hold a JSON array of accounts, each with an "email".`);
  }
  return parsed;
}

/**
 * The `bizkithub-mock` command: starts the mock server, prints its URL, and resolves with the exit
 * code once a signal stopped it (0) or the arguments were wrong (2) or unusable (1).
 */
export async function runMockBizKitHubCli(argv: readonly string[], io: MockBizKitHubCliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        accounts: { type: 'string' },
        demo: { type: 'boolean' },
        'shop-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.err(`bizkithub-mock: ${error instanceof Error ? error.message : String(error)}\n\n${mockBizKitHubUsage}`);
    return 2;
  }
  if (values.help) {
    io.out(mockBizKitHubUsage);
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!(Number.isInteger(port) && port >= 0 && port <= 65_535)) {
    io.err('bizkithub-mock: --port must be an integer from 0 to 65535.');
    return 2;
  }

  if (values.host !== undefined && values.host.trim() === '') {
    io.err('bizkithub-mock: --host is empty (an unset variable?). Name the interface to bind, e.g. --host 127.0.0.1.');
    return 2;
  }

  const shopUrl = values['shop-url'];
  if (shopUrl !== undefined && !/^https?:\/\/[^/?#]+(\/[^?#]*)?$/i.test(shopUrl)) {
    io.err('bizkithub-mock: --shop-url must be an absolute http(s) URL without a query or fragment, e.g. http://localhost:3000.');
    return 2;
  }

  let server;
  try {
    const accounts = values.accounts === undefined ? [] : await readAccounts(values.accounts);
    server = await startMockServer(
      {
        port,
        host: values.host ?? '127.0.0.1',
        accounts: values.demo ? [demoAccount, ...accounts] : accounts,
        shopUrl,
      },
      io.imports,
    );
  } catch (error) {
    // One sentence, no stack: a missing peer names itself and the install line.
    io.err(`bizkithub-mock: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }

  io.out(`BizKitHub mock listening on ${server.url}`);
  if (!isLoopbackAddress(server.boundAddress.replace(/:\d+$/, ''))) {
    const everywhere = /^(0\.0\.0\.0|\[::\])$/.test(server.boundAddress.replace(/:\d+$/, ''));
    io.err(
      `bizkithub-mock: warning: bound to ${server.boundAddress}${everywhere ? ' (every network interface)' : ''}: ` +
        'anyone who can reach this machine can use the emulator and read its mailbox. Leave out --host to stay on 127.0.0.1.',
    );
  }
  io.out(`  mailbox: ${server.url}/__mock/mailbox`);
  if (shopUrl !== undefined) io.out(`  e-mailed links lead to ${shopUrl.replace(/\/+$/, '')}`);
  const running = server;
  return new Promise<number>((resolve) => {
    const stop = () => {
      io.signals.off('SIGINT', stop);
      io.signals.off('SIGTERM', stop);
      running.close().then(
        () => resolve(0),
        () => resolve(1),
      );
    };
    io.signals.once('SIGINT', stop);
    io.signals.once('SIGTERM', stop);
  });
}
