import type { BizKitHubHandlerOptions } from '@bizkithub/auth-react/server';
import { magicLinkMailer } from './mailer';

let options: BizKitHubHandlerOptions | undefined;

/**
 * The options of the route handler and of `getSession`, read from the environment on first use
 * (not at build time, so a build never needs the key and never holds it).
 *
 * - `BIZKITHUB_API_KEY`: the organisation's key. It stays on this server.
 * - `BIZKITHUB_BASE_URL`: where BizKitHub lives (the mock server's URL in development and tests).
 * - `SHOP_ORIGIN`: the shop's public origin, e.g. `https://shop.example`. The handler refuses POSTs
 *   from pages of other origins; Next.js builds a route handler's `request.url` on `localhost`, not on
 *   the host the browser used, so the handler must be told which origin is the shop's own. The
 *   e-mailed sign-in links are built on it too, never on the request's Host header.
 * - `MOCK_MAILBOX_URL`: where the sign-in links are "mailed" (see `lib/mailer.ts`); without a mailer,
 *   passwordless sign-in is off and its routes answer 404.
 *
 * The session cookie keeps its `Secure` default: browsers store `Secure` cookies from
 * http://localhost and http://127.0.0.1 too, so plain-http local runs need no exception.
 */
export function authOptions(): BizKitHubHandlerOptions {
  if (options) return options;
  const apiKey = process.env.BIZKITHUB_API_KEY;
  if (!apiKey) throw new Error('Set BIZKITHUB_API_KEY (see examples/nextjs/README.md).');
  const origin = process.env.SHOP_ORIGIN || undefined;
  if (!origin && process.env.NODE_ENV === 'production') {
    throw new Error("Set SHOP_ORIGIN to the shop's public origin, e.g. https://shop.example (see examples/nextjs/README.md).");
  }
  const sendMagicLink = magicLinkMailer();
  options = {
    apiKey,
    baseUrl: process.env.BIZKITHUB_BASE_URL || undefined,
    basePath: '/api/auth',
    origin,
    // One process keeps the one-time tokens in memory (the default store); several instances of a
    // shop share one store instead, e.g. createUnstorageStore on Redis.
    magicLink: sendMagicLink && origin ? { sendMagicLink, errorPath: '/magic-link' } : undefined,
  };
  return options;
}
