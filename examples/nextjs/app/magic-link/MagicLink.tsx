'use client';

import { MagicAuthForm } from '@bizkithub/auth-react';

/**
 * Asks the shop's handler to e-mail a one-time sign-in link. Following the link signs the customer
 * in on the server and lands on ?returnTo= (checked twice: here and by the handler) or "/"; a used
 * or expired link comes back here with ?error=.
 */
export function MagicLink() {
  return <MagicAuthForm registerHref="/register" />;
}
