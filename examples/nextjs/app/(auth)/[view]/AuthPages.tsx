'use client';

import { AuthView } from '@bizkithub/auth-react';
import { useRouter, useSearchParams } from 'next/navigation';
import { authPaths } from './views';

/**
 * The whole auth area: AuthView shows the view of the address and moves between the views through
 * the provider's navigate (the router), keeping ?returnTo=. After signing in the forms go to
 * ?returnTo= (checked) or "/". The login view offers the e-mailed link (/magic-link) because this
 * shop's handler sends them (lib/mailer.ts); without a mailer it does not. The page title is the
 * server's (generateMetadata in page.tsx), so AuthView leaves document.title alone.
 */
export function AuthPages({ view }: { view: string }) {
  const router = useRouter();
  const searchParams = useSearchParams();
  return (
    <div className="auth-page">
      {view === authPaths.login && searchParams.get('password') === 'changed' ? (
        <p className="notice" role="status">
          Your password has been changed. Sign in with the new one.
        </p>
      ) : null}
      <AuthView
        view={view}
        paths={authPaths}
        basePath="/"
        titleTemplate={false}
        // Registering asks for the name; the form then says "check your inbox": the e-mail is confirmed first.
        registerProps={{ fields: ['firstName', 'lastName'], confirmPassword: true }}
        // The e-mailed link leads to /set-new-password#token=…; the answer reads the same for unknown addresses.
        resetPasswordProps={{ expirationTime: '1h' }}
        // The form reads the token from the link (and removes it from the address bar), then: sign in.
        setNewPasswordProps={{ onSuccess: () => router.push(`/${authPaths.login}?password=changed`) }}
      />
    </div>
  );
}
