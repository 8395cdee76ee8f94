'use client';

import { LoginForm } from '@bizkithub/auth-react';
import { useRouter } from 'next/navigation';

export function SignIn({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  return (
    <LoginForm
      forgotPasswordHref="/forgot-password"
      registerHref="/register"
      onSuccess={() => {
        // The handler has set the HttpOnly cookie: go on, and render the header again on the server.
        router.push(returnTo);
        router.refresh();
      }}
    />
  );
}
