// Next 16's proxy (middleware.ts on Next 15): signed-out visitors of /account/* go to sign-in with
// ?returnTo=, before anything renders. An optimistic check of the cookie only: each protected page
// calls requireAuth(), the real guard.
export { proxy } from '@/lib/auth';

export const config = {
  // Pages only: not Next's own files, not the auth API, not the icon.
  matcher: ['/((?!_next/|api/|icon.svg).*)'],
};
