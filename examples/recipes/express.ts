import express from 'express';
import { createBizKitHubHandler, readSession, toNodeHandler, type BizKitHubHandlerOptions } from '@bizkithub/auth-react/server';

/** The shop's API on Express 5: BizKitHub's routes under /api/auth, and the shop's own routes beside them. */
export function createShopApi(options: BizKitHubHandlerOptions) {
  const app = express();
  // npm install @hono/node-server hono: toNodeHandler mounts the Web handler and keeps the socket's address.
  app.use('/api/auth', toNodeHandler(createBizKitHubHandler(options)));
  app.get('/api/orders', async (req, res) => {
    // The guard: who is asking, and what this route answers when nobody is, or when BizKitHub cannot say.
    const session = await readSession(req.headers.cookie, options);
    if (session.status !== 'signed-in') return void res.status(session.status === 'unavailable' ? 503 : 401).json({ success: false });
    res.json({ email: session.account.email, orders: [] });
  });
  return app;
}

// createShopApi({ apiKey: process.env.BIZKITHUB_API_KEY ?? '', origin: process.env.SHOP_ORIGIN }).listen(3000, '127.0.0.1');
