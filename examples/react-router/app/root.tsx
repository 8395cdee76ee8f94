import '@bizkithub/auth-react/styles.css';
import './app.css';
import { BizKitHubProvider, isAuthUnavailable, UserButton } from '@bizkithub/auth-react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import {
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useNavigate,
  useRevalidator,
  useRouteError,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from 'react-router';
import { auth } from './auth.server';

export const meta: MetaFunction = () => [
  { title: 'Tea & Kettle' },
  { name: 'description', content: 'A small shop that signs its customers in with BizKitHub.' },
];

export const links: LinksFunction = () => [{ rel: 'icon', href: '/icon.svg', type: 'image/svg+xml' }];

// Who is looking at the page, read on the server from the HttpOnly session cookie for every page and
// every client navigation; asked once per request however many loaders call auth().
export async function loader({ request }: LoaderFunctionArgs) {
  return await auth(request);
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" data-theme="light">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

/**
 * The browser half: the forms and hooks talk to this shop's /api/auth, never to BizKitHub itself. The
 * root loader's session is the first paint's (no flash of signed-out content); after a sign-in the forms
 * go to ?returnTo= through the router, and every sign-in or sign-out runs the loaders again, so the
 * header and the page change without a reload.
 */
export default function App() {
  const session = useLoaderData<typeof loader>();
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <BizKitHubProvider
        serverUrl="/api/auth"
        locale="en"
        initialSession={session}
        navigate={useNavigate()}
        onSessionChange={useRevalidator().revalidate}
      >
        <header className="site-header">
          <Link to="/" className="brand">
            <img src="/icon.svg" width="28" height="28" alt="" />
            Tea &amp; Kettle
          </Link>
          <nav aria-label="Account" className="account-nav">
            {/* Rendered on the server with the session (initialSession): the name, not a flash of "Sign in". */}
            <UserButton accountHref="/account" ordersHref="/orders" />
            {session.status === 'signed-out' ? (
              <Link to="/register" className="button-link" data-signed-out="">
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
        <main className="site-main">
          <Outlet />
        </main>
        <footer className="site-footer">Loose-leaf tea since 2026 · example shop for @bizkithub/auth-react</footer>
      </BizKitHubProvider>
    </QueryClientProvider>
  );
}

/** What a page shows when it cannot be rendered: an outage of customer accounts, or anything else. */
export function ErrorBoundary() {
  const error = useRouteError();
  return (
    <main className="site-main">
      <section className="card" role="alert">
        <h1>{isAuthUnavailable(error) ? 'This page is not available right now' : 'Something went wrong'}</h1>
        <p>Please try again in a moment.</p>
      </section>
    </main>
  );
}
