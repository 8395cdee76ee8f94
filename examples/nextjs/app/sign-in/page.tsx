import { safeReturnPath } from '@bizkithub/auth-react/nextjs';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { auth } from '@/lib/auth';
import { SignIn } from './SignIn';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  // Someone already signed in goes straight on, to a path of this shop only.
  if ((await auth()).status === 'signed-in') redirect(safeReturnPath(params.returnTo));
  return (
    <div className="auth-page">
      {params.password === 'changed' ? (
        <p className="notice" role="status">
          Your password has been changed. Sign in with the new one.
        </p>
      ) : null}
      <SignIn />
    </div>
  );
}
