'use client';

import { SetNewPasswordForm } from '@bizkithub/auth-react';
import { useRouter } from 'next/navigation';

/** Reads ?token= from the address (and removes it from there), then sends the customer to sign in. */
export function SetNewPassword() {
  const router = useRouter();
  return (
    <SetNewPasswordForm
      requestNewLinkHref="/forgot-password"
      signInHref="/sign-in"
      onSuccess={() => router.push('/sign-in?password=changed')}
    />
  );
}
