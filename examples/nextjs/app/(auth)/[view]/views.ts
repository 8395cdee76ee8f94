import type { AuthViewPaths } from '@bizkithub/auth-react';
import { en } from '@bizkithub/auth-react/client';

/**
 * This shop's addresses of the auth views, one route for all of them (`[view]`). AuthView's defaults
 * except two: `/register`, the shop's old address, and `/set-new-password`, where BizKitHub's reset
 * e-mail leads (`${shopUrl}/set-new-password#token=…`). The proxy, `requireAuth()` and the magic link's
 * failures (lib/mailer.ts) use the defaults `/sign-in` and `/magic-link`. Plain data, no 'use client':
 * the server page and the client component both read it.
 */
export const authPaths = {
  login: 'sign-in',
  register: 'register',
  magicAuth: 'magic-link',
  resetPassword: 'forgot-password',
  setNewPassword: 'set-new-password',
} as const satisfies AuthViewPaths;

export type AuthPath = (typeof authPaths)[keyof typeof authPaths];

/**
 * The page title of each view (the layout adds " · Tea & Kettle"): the heading the view's form shows,
 * from the package's English catalog, so the tab and the page's h1 say the same.
 */
export const authTitles: Record<AuthPath, string> = {
  'sign-in': en['login.title'],
  register: en['register.title'],
  'magic-link': en['magicAuth.title'],
  'forgot-password': en['resetPassword.title'],
  'set-new-password': en['setNewPassword.title'],
};

export function isAuthPath(value: string): value is AuthPath {
  return Object.hasOwn(authTitles, value);
}
