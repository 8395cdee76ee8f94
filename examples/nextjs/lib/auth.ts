import { createNextAuth } from '@bizkithub/auth-react/nextjs';
import { magicLinkOptions } from './mailer';

// The shop's whole server half. The settings are read from the environment and checked at the first
// request, never at build time: `next build` needs no key, and its output holds none.
export const { GET, POST, auth, requireAuth, signOut, proxy, SignedIn, SignedOut } = createNextAuth({
  apiKey: process.env.BIZKITHUB_API_KEY ?? '', // stays on this server; never NEXT_PUBLIC_…
  baseUrl: process.env.BIZKITHUB_BASE_URL || undefined, // the mock (npx bizkithub-mock) in development and tests
  origin: process.env.SHOP_ORIGIN || undefined, // e.g. https://shop.example: POSTs, links, redirects
  // Signed-out visitors of these paths go to /sign-in?returnTo=… before anything renders.
  protect: ['/account/:path*'],
  // Where the customer's IP address comes from: the number of proxies in front that append to
  // X-Forwarded-For (docs/nextjs.md, "The client's IP address").
  trustProxyHops: Number(process.env.TRUST_PROXY_HOPS ?? 0),
  // Passwordless sign-in, when this shop can send e-mail (see lib/mailer.ts).
  magicLink: magicLinkOptions(),
  // An outage is shown on the page; the log says what failed (kind, status, code: never a secret).
  onSessionError: (error) => console.error(`BizKitHub session check failed: ${error instanceof Error ? error.message : 'unexpected error'}`),
});
