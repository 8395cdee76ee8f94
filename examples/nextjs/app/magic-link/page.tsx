import { safeReturnPath } from '@bizkithub/auth-react/nextjs';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { auth } from '@/lib/auth';
import { MagicLink } from './MagicLink';

export const metadata: Metadata = { title: 'Sign in without a password' };

export default async function MagicLinkPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { returnTo, error } = await searchParams;
  // A failed link lands here with ?error=…: show it, even to someone who is signed in.
  if ((await auth()).status === 'signed-in' && error === undefined) redirect(safeReturnPath(returnTo));
  return (
    <div className="auth-page">
      <MagicLink />
    </div>
  );
}
