'use client';

import { isAuthUnavailable, useErrorMessage } from '@bizkithub/auth-react';

/**
 * What a page shows when it cannot be rendered. requireAuth() throws when BizKitHub cannot be reached;
 * a production build replaces that error on its way here but keeps its digest, which
 * isAuthUnavailable() reads. The customer stays where they were (no redirect to sign-in, which could
 * not tell either) and reads why in their language, from the provider's catalog.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const outage = isAuthUnavailable(error);
  const reason = useErrorMessage(outage ? error : null);
  return (
    <section className="card" role="alert" data-error={outage ? 'auth-unavailable' : 'unexpected'}>
      <h1>{outage ? 'This page is not available right now' : 'Something went wrong'}</h1>
      <p>{outage ? reason : 'This page could not be shown. Your basket and the shop still work.'}</p>
      <button type="button" className="button-link" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
