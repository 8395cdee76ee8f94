'use client';

/**
 * What a page shows when it cannot be rendered, e.g. requireAuth() could not check the session
 * because BizKitHub is unreachable. The customer stays where they were (no redirect to sign-in,
 * which could not tell either) and can try again.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="card" role="alert">
      <h1>This page is not available right now</h1>
      <p>Customer accounts cannot be reached at the moment. Your basket and the shop still work.</p>
      <button type="button" className="button-link" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
