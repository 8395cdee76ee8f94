import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { localPath } from '@/lib/paths';
import { readSession } from '@/lib/session';
import { SignIn } from './SignIn';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const returnTo = localPath(params.returnTo, '/account');
  if ((await readSession()).loggedIn) redirect(returnTo);
  return (
    <div className="auth-page">
      {params.password === 'changed' ? (
        <p className="notice" role="status">
          Your password has been changed. Sign in with the new one.
        </p>
      ) : null}
      <SignIn returnTo={returnTo} />
    </div>
  );
}
