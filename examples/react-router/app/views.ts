import type { AuthViewPaths } from '@bizkithub/auth-react';
import { en } from '@bizkithub/auth-react/client';

/**
 * This shop's addresses of the auth views, one route for all of them (`$view.tsx`). AuthView's defaults
 * except two: `/register`, the shop's old address, and `/set-new-password`, where BizKitHub's reset
 * e-mail leads (`${shopUrl}/set-new-password#token=…`). `requireAuth()` and the magic link's failures
 * (app/mailer.server.ts) use the defaults `/sign-in` and `/magic-link`.
 */
export const authPaths = {
  login: 'sign-in',
  register: 'register',
  magicAuth: 'magic-link',
  resetPassword: 'forgot-password',
  setNewPassword: 'set-new-password',
} as const satisfies AuthViewPaths;

export type AuthPath = (typeof authPaths)[keyof typeof authPaths];

/** The page title of each view: the heading the view's form shows, from the package's English catalog. */
export const authTitles: Record<AuthPath, string> = {
  'sign-in': en['login.title'],
  register: en['register.title'],
  'magic-link': en['magicAuth.title'],
  'forgot-password': en['resetPassword.title'],
  'set-new-password': en['setNewPassword.title'],
};

export function isAuthPath(value: string | undefined): value is AuthPath {
  return value !== undefined && Object.hasOwn(authTitles, value);
}
