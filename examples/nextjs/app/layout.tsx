import '@bizkithub/auth-react/styles.css';
import './globals.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense, type ReactNode } from 'react';
import { SignedOut, UserButton } from '@bizkithub/auth-react';
import { auth } from '@/lib/auth';
import { BasketHint } from './BasketHint';
import { Providers } from './providers';

export const metadata: Metadata = {
  title: { default: 'Tea & Kettle', template: '%s · Tea & Kettle' },
  description: 'A small shop that signs its customers in with BizKitHub.',
};

/** Said on every page while BizKitHub cannot be reached: the shop still works, accounts do not. */
async function OutageNotice() {
  if ((await auth()).status !== 'unavailable') return null;
  return (
    <p className="notice" role="status">
      Customer accounts are unavailable at the moment. You can keep browsing.
    </p>
  );
}

// auth() unawaited, read with use() in Providers, inside <Suspense>: no paint before the session is known.
export default function RootLayout({ children }: { children: ReactNode }) {
  // The session is this request's (its cookie): Cache Components render it per request, inside the
  // boundary, and auth() asks BizKitHub once per request however many components call it.
  return (
    <html lang="en" data-theme="light">
      <body>
        <Suspense>
          <Providers session={auth()}>
            <header className="site-header">
              <Link href="/" className="brand">
                <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true">
                  <rect width="32" height="32" rx="7" fill="#3f6b3a" />
                  <path d="M7 12h15v5a7 7 0 0 1-7 7h-1a7 7 0 0 1-7-7z" fill="#faf7f0" />
                  <path d="M22 14h1.5a3 3 0 0 1 0 6H21" fill="none" stroke="#faf7f0" strokeWidth="2" />
                </svg>
                Tea &amp; Kettle
              </Link>
              <nav aria-label="Account" className="account-nav">
                <UserButton accountHref="/account" ordersHref="/account/orders" />
                <SignedOut>
                  <Link href="/register" className="button-link" data-signed-out="">
                    Create an account
                  </Link>
                </SignedOut>
              </nav>
            </header>
            <OutageNotice />
            <main className="site-main">{children}</main>
            <aside className="basket-hint">
              <BasketHint />
            </aside>
            <footer className="site-footer">Loose-leaf tea since 2026 · example shop for @bizkithub/auth-react</footer>
          </Providers>
        </Suspense>
      </body>
    </html>
  );
}
