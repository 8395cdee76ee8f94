import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BizKitHubHandler } from './types.js';

/** What `toNodeHandler` returns: a `node:http` request listener, and Express / Connect middleware. */
export type NodeRequestListener = (request: IncomingMessage, response: ServerResponse, next?: (error?: unknown) => void) => Promise<void>;

type RequestListenerFactory = (
  fetchCallback: (request: Request, env: unknown) => Promise<unknown> | unknown,
  options?: { overrideGlobalObjects?: boolean },
) => (request: IncomingMessage, response: ServerResponse) => Promise<void>;

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
  let listener: Promise<(request: IncomingMessage, response: ServerResponse) => Promise<void>> | undefined;
  const load = () =>
    (listener ??= (import(/* webpackIgnore: true */ /* @vite-ignore */ specifier) as Promise<{ getRequestListener: RequestListenerFactory }>).then(
      ({ getRequestListener }) => getRequestListener((request, env) => handler(request, env), { overrideGlobalObjects: false }),
      () => {
        throw new Error('toNodeHandler needs @hono/node-server: npm install @hono/node-server hono');
      },
    ));
  return async (request, response, next) => {
    try {
      const listen = await load();
      // Express strips the mount path from req.url; the handler routes on the full path.
      const { originalUrl } = request as IncomingMessage & { originalUrl?: string };
      if (typeof originalUrl === 'string' && originalUrl !== request.url) request.url = originalUrl;
      await listen(request, response);
    } catch (error) {
      if (next) next(error);
      else throw error;
    }
  };
}
