import type { ClientConfig } from './config.js';
import type { Operation } from '../core/endpoints.js';
import { BizKitHubError } from '../core/errors.js';
import { endpointPath, handlerPath, type Endpoint, type HandlerRoute } from '../core/routes.js';
import { parseResponse } from './parseResponse.js';
import { warnAboutServerAnswer } from './serverAnswerWarning.js';
import type { RequestOptions } from './types.js';

export interface Call {
  operation: Operation;
  method: 'GET' | 'POST';
  /** The path under the config's base. */
  path: string;
  query?: Record<string, string> | undefined;
  body?: object | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * One request and the reading of its answer, stateless: the config says where and how, nothing is
 * remembered between calls. Settles on time-out or the caller's abort even when a custom fetch
 * ignores the signal or the body never ends. Every failure is one `BizKitHubError`.
 */
export async function send<T>(config: ClientConfig, call: Call, read: (response: Response) => Promise<T>): Promise<T> {
  const { operation, signal } = call;
  if (signal?.aborted) throw new BizKitHubError({ kind: 'aborted', endpoint: operation, cause: signal.reason });
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let forwardAbort = () => controller.abort();
  const interrupted = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
      reject(new BizKitHubError({ kind: 'timeout', endpoint: operation }));
    }, config.timeoutMs);
    forwardAbort = () => {
      controller.abort();
      reject(new BizKitHubError({ kind: 'aborted', endpoint: operation, cause: signal?.reason }));
    };
  });
  signal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    // Development only (production builds keep the plain request): say in the console why the
    // handler refused, or that none answered, before the answer is read.
    const answered =
      process.env.NODE_ENV !== 'production' && config.mode === 'server'
        ? request(config, call, controller.signal).then((response) => warnedFirst(config, call, response))
        : request(config, call, controller.signal);
    const work = answered.then(read);
    // The side that loses the race must not become an unhandled rejection.
    work.catch(() => undefined);
    return await Promise.race([work, interrupted]);
  } catch (error) {
    if (error instanceof BizKitHubError) throw error;
    if (timedOut) throw new BizKitHubError({ kind: 'timeout', endpoint: operation, cause: error });
    if (signal?.aborted) throw new BizKitHubError({ kind: 'aborted', endpoint: operation, cause: signal.reason });
    throw new BizKitHubError({ kind: 'network', endpoint: operation, cause: error });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

/** The answer, once `warnAboutServerAnswer` looked at it (a failure to look changes nothing). */
async function warnedFirst(config: ClientConfig, { method, path }: Call, response: Response): Promise<Response> {
  await warnAboutServerAnswer(config.base, method, resolveUrl(config.base + path), response).catch(() => undefined);
  return response;
}

function request(config: ClientConfig, { method, path, query, body }: Call, signal: AbortSignal): Promise<Response> {
  const url = resolveUrl(config.base + path);
  for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, value);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const { apiKey } = config;
  if (config.mode === 'direct' && apiKey !== undefined && apiKey !== '') {
    if (config.apiKeyIn === 'header') headers.Authorization = `Bearer ${apiKey}`;
    else url.searchParams.set('apiKey', apiKey);
  }
  return (config.fetch ?? globalThis.fetch)(url.toString(), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
    credentials: 'same-origin',
  });
}

/** POSTs to an endpoint (direct mode) or to the handler's route (server mode) and parses the answer. */
export function post(
  config: ClientConfig,
  operation: Endpoint | 'sign-out' | 'magic-link',
  body: object,
  { signal }: RequestOptions = {},
): Promise<Record<string, unknown>> {
  // Both from the route table. Server mode: the handler's route (magic-auth never gets here: the
  // handler has no such route, magicAuth stops before). Direct mode: BizKitHub's endpoint (sign-out
  // and magic-link never get here: BizKitHub has neither, their callers stop before).
  const path = config.mode === 'server' ? handlerPath(operation as HandlerRoute) : endpointPath(operation as Endpoint);
  return send(config, { operation, method: 'POST', path, body, signal }, (response) =>
    parseResponse(operation, response, { maxRetryAfterMs: config.maxRetryAfterMs }),
  );
}

function resolveUrl(url: string): URL {
  if (/^https?:\/\//i.test(url)) return new URL(url);
  const page = typeof location === 'undefined' ? undefined : location.href;
  if (page === undefined) {
    // The cause of a `network` error, for developers only: production builds keep a short form.
    throw new TypeError(
      process.env.NODE_ENV !== 'production'
        ? `the relative URL ${JSON.stringify(url)} can only be used in a browser page; give an absolute URL here.`
        : 'relative URL outside a browser page',
    );
  }
  return new URL(url, page);
}
