import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { readSession } from '@/lib/session';
import { MagicLink } from './MagicLink';

export const metadata: Metadata = { title: 'Sign in without a password' };

export default async function MagicLinkPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { returnTo, error } = await searchParams;
  // A failed link lands here with ?error=…: show it, even to someone who is signed in.
  if ((await readSession()).loggedIn && error === undefined) redirect('/account');
  return (
    <div className="auth-page">
      {/* returnTo goes to the handler as given: it keeps same-origin paths and turns anything else into "/". */}
      <MagicLink returnTo={typeof returnTo === 'string' ? returnTo : '/account'} />
    </div>
  );
}
