'use client';

import { SignOutButton } from '@bizkithub/auth-react';
import { useRouter } from 'next/navigation';

/** Signs out, then renders the shop again on the server: the header forgets the name. */
export function HeaderSignOut() {
  const router = useRouter();
  return (
    <SignOutButton
      className="link-button"
      onSignedOut={() => {
        router.push('/');
        router.refresh();
      }}
    />
  );
}
