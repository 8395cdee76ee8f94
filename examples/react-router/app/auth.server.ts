import { createReactRouterAuth } from '@bizkithub/auth-react/react-router';
import { magicLinkOptions } from './mailer.server';

// The shop's whole server half. The settings are read from the environment and checked at the first
// request, never at build time: `react-router build` needs no key, and its output holds none.
export const { loader, action, auth, requireAuth, requireAuthMiddleware } = createReactRouterAuth({
  apiKey: process.env.BIZKITHUB_API_KEY ?? '', // stays on this server; never VITE_…
  baseUrl: process.env.BIZKITHUB_BASE_URL || undefined, // the emulator in development and tests
  origin: process.env.SHOP_ORIGIN || undefined, // e.g. https://shop.example: POSTs, links, redirects
  // Passwordless sign-in, when this shop can send e-mail (see app/mailer.server.ts).
  magicLink: magicLinkOptions(),
  // An outage is shown on the page; the log says what failed (kind, status, code: never a secret).
  onSessionError: (error) => console.error(`BizKitHub session check failed: ${error instanceof Error ? error.message : 'unexpected error'}`),
});
