import '@bizkithub/auth-react/styles.css';
import './globals.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { UserButton } from '@bizkithub/auth-react';
import { auth } from '@/lib/auth';
import { BasketHint } from './BasketHint';
import { Providers } from './providers';

export const metadata: Metadata = {
  title: { default: 'Tea & Kettle', template: '%s · Tea & Kettle' },
  description: 'A small shop that signs its customers in with BizKitHub.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered on the server for every request, from the HttpOnly session cookie; asked once per
  // request however many components call auth(). Handed to the browser half as initialSession, so
  // client components know it from the first paint too.
  const session = await auth();
  return (
    <html lang="en" data-theme="light">
      <body>
        <Providers initialSession={session}>
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
              {/* Rendered on the server with the session (initialSession): the name, not a flash of "Sign in". */}
              <UserButton accountHref="/account" ordersHref="/account/orders" />
              {session.status === 'signed-out' ? (
                <Link href="/register" className="button-link" data-signed-out="">
                  Create an account
                </Link>
              ) : null}
            </nav>
          </header>
          {session.status === 'unavailable' ? (
            <p className="notice" role="status">
              Customer accounts are unavailable at the moment. You can keep browsing.
            </p>
          ) : null}
          <main className="site-main">{children}</main>
          <aside className="basket-hint">
            <BasketHint />
          </aside>
          <footer className="site-footer">Loose-leaf tea since 2026 · example shop for @bizkithub/auth-react</footer>
        </Providers>
      </body>
    </html>
  );
}
