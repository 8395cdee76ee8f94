'use client';

import { LoginForm } from '@bizkithub/auth-react';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';

/** After signing in, LoginForm goes to ?returnTo= (checked) or "/", with the provider's navigate. */
export function SignIn() {
  const returnTo = useSearchParams().get('returnTo');
  const magicLink = returnTo ? `/magic-link?${new URLSearchParams({ returnTo }).toString()}` : '/magic-link';
  return (
    <>
      <LoginForm forgotPasswordHref="/forgot-password" registerHref="/register" />
      <p className="muted">
        Or <Link href={magicLink}>get a sign-in link by e-mail</Link>, no password needed.
      </p>
    </>
  );
}
