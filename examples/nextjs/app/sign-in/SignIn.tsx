'use client';

import { LoginForm } from '@bizkithub/auth-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';

export function SignIn({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  return (
    <>
      <LoginForm
        forgotPasswordHref="/forgot-password"
        registerHref="/register"
        onSuccess={() => {
          // The handler has set the HttpOnly cookie: go on, and render the header again on the server.
          router.push(returnTo);
          router.refresh();
        }}
      />
      <p className="muted">
        Or <Link href={`/magic-link?returnTo=${encodeURIComponent(returnTo)}`}>get a sign-in link by e-mail</Link>, no
        password needed.
      </p>
    </>
  );
}
