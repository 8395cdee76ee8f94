import { createNextAuth } from '@bizkithub/auth-react/nextjs';
import { magicLinkMailer } from './mailer';

/**
 * The shop's whole server half. Settings come from the environment and are checked at the first
 * request, never at build time, so `next build` needs no key and the output holds none.
 *
 * - `BIZKITHUB_API_KEY`: the organisation's key. It stays on this server.
 * - `BIZKITHUB_BASE_URL`: where BizKitHub lives (the emulator's URL in development and tests).
 * - `SHOP_ORIGIN`: the shop's public origin, e.g. `https://shop.example`: POSTs from other origins
 *   are refused, and e-mailed links and redirects are built on it, never on the Host header.
 * - `MOCK_MAILBOX_URL`: where the one-time sign-in links are "mailed" (see `lib/mailer.ts`); without
 *   a mailer, passwordless sign-in is off.
 */
const origin = process.env.SHOP_ORIGIN || undefined;
const sendMagicLink = magicLinkMailer();

export const { GET, POST, auth, requireAuth, proxy, SignedIn, SignedOut } = createNextAuth({
  apiKey: process.env.BIZKITHUB_API_KEY ?? '',
  baseUrl: process.env.BIZKITHUB_BASE_URL || undefined,
  origin,
  // Signed-out visitors of these paths go to /sign-in?returnTo=… before anything renders.
  protect: ['/account/:path*'],
  // One process keeps the one-time tokens in memory (the default store); several instances of a
  // shop share one store instead, e.g. createUnstorageStore on Redis.
  magicLink: sendMagicLink && origin ? { sendMagicLink, errorPath: '/magic-link' } : undefined,
  // An outage is shown on the page; the log says what failed (kind, status, code: never a secret).
  onSessionError: (error) => console.error(`BizKitHub session check failed: ${error instanceof Error ? error.message : 'unexpected error'}`),
});
