import '@bizkithub/auth-react/styles.css';
import './globals.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { displayName, readSession } from '@/lib/session';
import { HeaderSignOut } from './HeaderSignOut';
import { Providers } from './providers';

export const metadata: Metadata = {
  title: { default: 'Tea & Kettle', template: '%s · Tea & Kettle' },
  description: 'A small shop that signs its customers in with BizKitHub.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered on the server for every request: the name comes from the HttpOnly session cookie.
  const session = await readSession();
  const name = displayName(session);
  return (
    <html lang="en" data-theme="light">
      <body>
        <Providers>
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
              {name ? (
                <>
                  <Link href="/account" className="customer-name" data-testid="customer-name">
                    {name}
                  </Link>
                  <HeaderSignOut />
                </>
              ) : (
                <>
                  <Link href="/sign-in">Sign in</Link>
                  <Link href="/register" className="button-link">
                    Create an account
                  </Link>
                </>
              )}
            </nav>
          </header>
          {'unavailable' in session ? (
            <p className="notice" role="status">
              Customer accounts are unavailable at the moment. You can keep browsing.
            </p>
          ) : null}
          <main className="site-main">{children}</main>
          <footer className="site-footer">Loose-leaf tea since 2026 · example shop for @bizkithub/auth-react</footer>
        </Providers>
      </body>
    </html>
  );
}
