import { Hono } from 'hono';
import { createBizKitHubHandler, readSession, type BizKitHubHandlerOptions } from '@bizkithub/auth-react/server';

/** The shop's API on Hono: the Web handler as it is under /api/auth, and the shop's own routes beside it. */
export function createShopApi(options: BizKitHubHandlerOptions) {
  const handler = createBizKitHubHandler(options);
  const app = new Hono();
  // c.env carries the connection (@hono/node-server's on Node): the per-IP limits read the socket's address.
  app.all('/api/auth/*', (c) => handler(c.req.raw, c.env));
  app.get('/api/orders', async (c) => {
    const session = await readSession(c.req.raw, options);
    if (session.status !== 'signed-in') return c.json({ success: false }, session.status === 'unavailable' ? 503 : 401);
    return c.json({ email: session.account.email, orders: [] });
  });
  return app;
}

// Node: serve({ fetch: createShopApi(options).fetch, port: 3000 }) from @hono/node-server; Bun, Deno, Workers: export default { fetch: app.fetch }.
