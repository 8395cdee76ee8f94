import { redact } from '../../src/core/redact.js';
import type * as ServerModule from '../../src/server/index.js';
import type { MagicLinkStore } from '../../src/server/index.js';

/** The adapter's second argument as `toNodeHandler` passes it: the connection's peer address. */
export const socket = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

export interface Measured {
  store: MagicLinkStore;
  /** How many keys (under `prefix`) the handler wrote that the store still holds. */
  size(prefix?: string): Promise<number>;
}

/** A store that remembers which keys were written, so a test can count what is still held after a flood. */
export function measured(inner: MagicLinkStore): Measured {
  const keys = new Set<string>();
  return {
    store: {
      set: (key, value, ttlMs) => (keys.add(key), inner.set(key, value, ttlMs)),
      get: (key) => inner.get(key),
      take: (key) => inner.take(key),
      increment: (key, windowMs) => (keys.add(key), inner.increment(key, windowMs)),
    },
    async size(prefix = '') {
      const held = await Promise.all([...keys].filter((key) => key.startsWith(prefix)).map((key) => inner.get(key)));
      return held.filter((value) => value !== undefined).length;
    },
  };
}

const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/**
 * Every console line of each test of the calling file: a test takes the lines it expects with
 * `take()`; any line left at its end fails it (keys, tokens, stack traces…).
 */
export function captureConsole() {
  let lines: string[] = [];
  let reports: string[] = [];
  let spies: { mockRestore(): void }[] = [];
  beforeEach(() => {
    lines = [];
    spies = methods.map((method) => vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' '))));
    reports = [];
  });
  afterEach(() => {
    spies.forEach((spy) => spy.mockRestore());
    // The handler's own report lines (a refusal's reason, a fault) are test/server/reasons' and
    // onError's subject; here they are checked only for anything shaped like a secret.
    const isReport = (line: string) => line.startsWith('@bizkithub/auth-react/server: ');
    reports.push(...lines.filter(isReport));
    expect(lines.filter((line) => !isReport(line))).toEqual([]);
    expect(reports.filter((line) => redact(line, Infinity) !== line)).toEqual([]);
  });
  return {
    /** The lines so far, but the handler's report lines (kept for the secret check at the end). */
    take(): string[] {
      const taken = lines.filter((line) => !line.startsWith('@bizkithub/auth-react/server: '));
      reports.push(...lines.filter((line) => line.startsWith('@bizkithub/auth-react/server: ')));
      lines = [];
      return taken;
    },
    /** The handler's report lines so far (refusals, faults), taken too. */
    takeReports(): string[] {
      reports.push(...lines.filter((line) => line.startsWith('@bizkithub/auth-react/server: ')));
      lines = lines.filter((line) => !line.startsWith('@bizkithub/auth-react/server: '));
      const taken = reports;
      reports = [];
      return taken;
    },
  };
}

type ServerEntry = typeof ServerModule;

/**
 * The server entry as a fresh module graph, for a file that counts once-only warnings: the unit
 * project shares one graph per worker across files (`isolate: false`), so another file may have
 * given them already. The graph is reset again after the file, so that what this file warned
 * stays out of the next one.
 */
export function freshServer(): () => ServerEntry {
  let entry: ServerEntry | undefined;
  beforeAll(async () => {
    vi.resetModules();
    entry = await import('../../src/server/index.js');
  });
  afterAll(() => {
    vi.resetModules();
  });
  return () => {
    if (!entry) throw new Error('freshServer: use it inside a test.');
    return entry;
  };
}
