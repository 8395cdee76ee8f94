import {
  BizKitHubProvider,
  LoginForm,
  RegisterForm,
  ResetPasswordForm,
  SetNewPasswordForm,
} from '@bizkithub/auth-react';
import { useEffect, useState } from 'react';
import { demoApi } from './demoApi';

type Page = 'login' | 'register' | 'forgot' | 'reset' | 'account';

function currentPage(): Page {
  const page = window.location.hash.replace(/^#\/?/, '').split('?')[0];
  return (['login', 'register', 'forgot', 'reset', 'account'] as const).find((name) => name === page) ?? 'login';
}

export function App({ baseUrl }: { baseUrl: string | undefined }) {
  const [page, setPage] = useState<Page>(currentPage);
  const [locale, setLocale] = useState('cs');
  useEffect(() => {
    const onHash = () => setPage(currentPage());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = (to: Page) => () => {
    window.location.hash = `/${to}`;
  };

  return (
    // A DEV_ key of the right format for the demo API; with a proxy, the key stays on your server.
    <BizKitHubProvider baseUrl={baseUrl} apiKey={baseUrl ? undefined : 'DEV_exampleexampleexampleexample'} locale={locale}>
      <main style={{ display: 'grid', gap: '1.5rem', padding: '2rem', justifyItems: 'start' }}>
        <label>
          Language{' '}
          <select value={locale} onChange={(event) => setLocale(event.target.value)}>
            <option value="en">English</option>
            <option value="cs">Čeština</option>
            <option value="sk">Slovenčina</option>
          </select>
        </label>
        {page === 'login' && (
          <LoginForm onSuccess={go('account')} forgotPasswordHref="#/forgot" registerHref="#/register" />
        )}
        {page === 'register' && (
          <RegisterForm confirmPassword fields={['firstName', 'lastName', 'phone', 'newsletter']} signInHref="#/login" forgotPasswordHref="#/forgot" />
        )}
        {page === 'forgot' && <ResetPasswordForm expirationTime="1h" signInHref="#/login" />}
        {page === 'reset' && <SetNewPasswordForm signInHref="#/login" requestNewLinkHref="#/forgot" />}
        {page === 'account' && <p>Signed in. The session belongs in an httpOnly cookie set by your server.</p>}
        {baseUrl ? null : <DemoMailbox />}
      </main>
    </BizKitHubProvider>
  );
}

/** What the demo API "sent": open a reset link here (it puts the token in the URL, as an e-mail would). */
function DemoMailbox() {
  const [, refresh] = useState(0);
  return (
    <section aria-label="Demo mailbox">
      <button type="button" onClick={() => refresh((n) => n + 1)}>
        Check demo mailbox
      </button>
      <ul>
        {demoApi.outbox.map((mail) => (
          <li key={mail.id}>
            {mail.kind === 'reset-password' ? (
              <a href={`?token=${mail.token}#/reset`}>Reset link for {mail.to}</a>
            ) : (
              <button type="button" onClick={() => demoApi.verify(mail.token)}>
                Confirm {mail.to}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
