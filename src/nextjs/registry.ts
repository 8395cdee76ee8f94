import type { NextAuth } from './types.js';

// One per app, shared by every copy of this module the bundler may have made.
const slot = Symbol.for('@bizkithub/auth-react/nextjs');
type Holder = { [slot]?: NextAuth };

/** Remembers the app's `createNextAuth` result for the Server Components `SignedIn` and `SignedOut`. */
export function register(nextAuth: NextAuth): void {
  (globalThis as Holder)[slot] = nextAuth;
}

/** The app's `createNextAuth` result, or a sentence saying how to create it. */
export function registered(component: string): NextAuth {
  const nextAuth = (globalThis as Holder)[slot];
  if (!nextAuth) {
    throw new Error(
      `<${component}> from @bizkithub/auth-react/nextjs needs createNextAuth(…) to have run: create it in lib/auth.ts and import that module in this layout or page (or use the ${component} that createNextAuth returns).`,
    );
  }
  return nextAuth;
}
