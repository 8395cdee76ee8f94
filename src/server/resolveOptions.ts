import { createBizKitHubClient } from '../client/createClient.js';
import type { BizKitHubClient } from '../client/types.js';
import { defaultGetClientIp } from './clientIp.js';
import { createSessionCookie, type SessionCookie } from './sessionCookie.js';
import type { BizKitHubHandlerOptions } from './types.js';

export const defaultBasePath = '/api/auth';

export interface ResolvedOptions {
  client: BizKitHubClient;
  cookie: SessionCookie;
  basePath: string;
  /** Undefined: the request's own origin (and `origin`). */
  allowedOrigins: ReadonlySet<string> | undefined;
  origin: string | undefined;
  getClientIp: (request: Request) => string | undefined;
  hideAccountExistence: boolean;
}

function fail(message: string): never {
  throw new TypeError(`createBizKitHubHandler: ${message}`);
}

/** `https://shop.example` from an origin or URL, or a TypeError naming the option. */
export function parseOrigin(value: unknown, option: string): string {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    fail(`${option} must be an http(s) origin such as "https://shop.example", not ${JSON.stringify(value)}.`);
  }
  return url.origin;
}

function parseBasePath(value: string | undefined): string {
  const basePath = (value ?? defaultBasePath).replace(/\/+$/, '');
  if (!/^\/[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/.test(basePath) || basePath.includes('//')) {
    fail(`basePath must be a path such as "/api/auth", not ${JSON.stringify(value)}.`);
  }
  return basePath;
}

/** Checks every option once, when the handler is created, so a mistake shows at start-up. */
export function resolveOptions(options: BizKitHubHandlerOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) fail('options are required: { apiKey, … }.');
  const { apiKey } = options;
  if (typeof apiKey !== 'string' || apiKey === '') {
    fail('apiKey is required: the handler adds it to every call to BizKitHub, on your server. Read it from an environment variable.');
  }
  if (options.getClientIp !== undefined && typeof options.getClientIp !== 'function') fail('getClientIp must be a function.');
  const client = createBizKitHubClient({
    apiKey,
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    accountInfoPath: options.accountInfoPath,
  });
  return {
    client,
    cookie: createSessionCookie(options.cookie),
    basePath: parseBasePath(options.basePath),
    allowedOrigins:
      options.allowedOrigins === undefined
        ? undefined
        : new Set(options.allowedOrigins.map((origin, index) => parseOrigin(origin, `allowedOrigins[${index}]`))),
    origin: options.origin === undefined ? undefined : parseOrigin(options.origin, 'origin'),
    getClientIp: options.getClientIp ?? defaultGetClientIp,
    hideAccountExistence: options.hideAccountExistence ?? false,
  };
}
