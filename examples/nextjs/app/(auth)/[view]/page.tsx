import { safeReturnPath } from '@bizkithub/auth-react/nextjs';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { auth } from '@/lib/auth';
import { AuthPages } from './AuthPages';
import { authPaths, authTitles, isAuthPath } from './views';

type Params = Promise<{ view: string }>;

// Rendered for every request (no generateStaticParams): sign-in asks auth() for the session cookie.

/** The title of the view, in the server's HTML from the first byte, through the layout's template. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { view } = await params;
  if (!isAuthPath(view)) return {};
  return {
    title: authTitles[view],
    // The new-password page is opened with the reset token: keep its URL out of any Referer.
    ...(view === authPaths.setNewPassword ? { referrer: 'no-referrer' } : {}),
  };
}

export default async function AuthPage({ params, searchParams }: { params: Promise<{ view: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { view } = await params;
  const query = await searchParams;
  const returnTo = typeof query.returnTo === 'string' ? query.returnTo : undefined;
  // An unknown view is sign-in, at sign-in's own address (and title), still going to ?returnTo=.
  if (!isAuthPath(view)) redirect(returnTo ? `/${authPaths.login}?${new URLSearchParams({ returnTo }).toString()}` : `/${authPaths.login}`);
  // Someone already signed in goes straight on, to a path of this shop only; a failed magic link
  // comes back with ?error=…, shown even to someone who is signed in.
  const goesOn = view === authPaths.login || (view === authPaths.magicAuth && query.error === undefined);
  if (goesOn && (await auth()).status === 'signed-in') redirect(safeReturnPath(returnTo));
  return <AuthPages view={view} />;
}
