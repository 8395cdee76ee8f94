'use client';

import { SignedIn, SignedOut } from '@bizkithub/auth-react';

/**
 * A client component that depends on the session. It knows it from the first paint (the provider's
 * initialSession), so a signed-in customer never sees the signed-out line flash.
 */
export function BasketHint() {
  return (
    <>
      <SignedIn>{(account) => <p data-testid="basket-hint">Your basket is saved to {account.email}.</p>}</SignedIn>
      <SignedOut>
        <p data-testid="basket-hint" data-signed-out="">
          Sign in to keep your basket on every device.
        </p>
      </SignedOut>
    </>
  );
}
