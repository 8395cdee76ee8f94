import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerText } from './answerText.js';
import type { BizKitHubHandler } from './types.js';

/** What `toNodeHandler` returns: a `node:http` request listener, and Express / Connect middleware. */
export type NodeRequestListener = (request: IncomingMessage, response: ServerResponse, next?: (error?: unknown) => void) => Promise<void>;

type RequestListenerFactory = (
  fetchCallback: (request: Request, env: { outgoing?: ServerResponse }) => Promise<unknown> | unknown,
  options?: { overrideGlobalObjects?: boolean },
) => (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * The platform's own Response class. @hono/node-server's defaults put a lighter stand-in, built on
 * it, in the global; an answer of that class is written by the adapter's own fast path.
 */
function platformResponse(): typeof Response {
  let candidate: unknown = Response;
  while (Object.getPrototypeOf(candidate) !== Function.prototype) candidate = Object.getPrototypeOf(candidate);
  return candidate as typeof Response;
}

/**
 * Writes an answer the handler built (its status, its headers as they are now, its text) straight
 * to Node's response, as the adapter would write it: each `Set-Cookie` on its own line, and a
 * `Content-Length` for a body.
 */
function writeAnswer(outgoing: ServerResponse, response: Response, text: string | null): void {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of response.headers) if (name !== 'set-cookie') headers[name] = value;
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  if (text !== null) headers['content-length'] = String(Buffer.byteLength(text));
  outgoing.writeHead(response.status, headers);
  outgoing.end(text ?? undefined);
}

/**
 * The handler on Node's `http` server or in Express, through `@hono/node-server`'s adapter
 * (`npm install @hono/node-server hono`). The connection's address reaches the handler, so the
 * per-IP limits and `customerRealIp` need no forwarding header. Mounted under a path
 * (`app.use('/api/auth', …)`), it keeps the full URL (`req.originalUrl`), which Express strips.
 *
 * @example
 * app.use('/api/auth', toNodeHandler(createBizKitHubHandler({ apiKey: process.env.BIZKITHUB_API_KEY!, origin: 'https://shop.example' })));
 * createServer(toNodeHandler(handler)).listen(3000);
 */
export function toNodeHandler(handler: BizKitHubHandler): NodeRequestListener {
  // Loaded on first use, so that the server entry imports nothing optional; hidden from bundlers,
  // which would otherwise demand the optional peer of every app that never calls this.
  const specifier = '@hono/node-server';
  let listener: ((request: IncomingMessage, response: ServerResponse) => Promise<void>) | undefined;
  let loading: Promise<void> | undefined;
  const load = () =>
    (loading ??= (import(/* webpackIgnore: true */ /* @vite-ignore */ specifier) as Promise<{ getRequestListener: RequestListenerFactory }>).then(
      ({ getRequestListener }) => {
        const Platform = platformResponse();
        // The adapter's documented "already answered" signal (RESPONSE_ALREADY_SENT), of the
        // platform's class so that the adapter reads its header whatever the global holds.
        const alreadySent = new Platform(null, { headers: { 'x-hono-already-sent': 'true' } });
        // overrideGlobalObjects: false: the app's global Request and Response stay its own.
        listener = getRequestListener(
          async (request, env) => {
            const response = await handler(request, env);
            const text = answerText(response);
            // The handler's own answers go out as built. Anything else (a wrapper's Response, an
            // adapter's stand-in) is left to the adapter.
            if (text === undefined || env.outgoing === undefined || response.constructor !== Platform) return response;
            writeAnswer(env.outgoing, response, text);
            return alreadySent;
          },
          { overrideGlobalObjects: false },
        );
      },
      () => {
        throw new Error('toNodeHandler needs @hono/node-server: npm install @hono/node-server hono');
      },
    ));
  return async (request, response, next) => {
    try {
      // Once loaded, no await stands between the request and the handler.
      if (!listener) await load();
      // Express strips the mount path from req.url; the handler routes on the full path.
      const { originalUrl } = request as IncomingMessage & { originalUrl?: string };
      if (typeof originalUrl === 'string' && originalUrl !== request.url) request.url = originalUrl;
      await (listener as NonNullable<typeof listener>)(request, response);
    } catch (error) {
      if (next) next(error);
      else throw error;
    }
  };
}
