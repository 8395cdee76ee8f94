import { AuthView } from '@bizkithub/auth-react';
import { safeReturnPath } from '@bizkithub/auth-react/react-router';
import { Link, redirect, useLoaderData, useNavigate, useSearchParams, type LoaderFunctionArgs, type MetaFunction } from 'react-router';
import { auth } from '../auth.server';
import { authPaths, authTitles, isAuthPath } from '../views';

/**
 * The whole auth area in one route: /sign-in, /register, /magic-link, /forgot-password and
 * /set-new-password. An unknown view is sign-in, at sign-in's own address, still going to ?returnTo=;
 * someone already signed in goes straight on (a failed magic link comes back with ?error=, shown even then).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const query = new URL(request.url).searchParams;
  const returnTo = query.get('returnTo');
  if (!isAuthPath(params.view)) throw redirect(returnTo ? `/${authPaths.login}?${new URLSearchParams({ returnTo }).toString()}` : `/${authPaths.login}`);
  const goesOn = params.view === authPaths.login || (params.view === authPaths.magicAuth && !query.has('error'));
  if (goesOn && (await auth(request)).status === 'signed-in') throw redirect(safeReturnPath(returnTo));
  return { view: params.view };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `${authTitles[data.view]} · Tea & Kettle` },
        // The new-password page is opened with the reset token: keep its URL out of any Referer.
        ...(data.view === authPaths.setNewPassword ? [{ name: 'referrer', content: 'no-referrer' }] : []),
      ]
    : [];

export default function AuthPage() {
  const { view } = useLoaderData<typeof loader>();
  const [query] = useSearchParams();
  const navigate = useNavigate();
  const returnTo = query.get('returnTo');
  const magicLink = returnTo ? `/${authPaths.magicAuth}?${new URLSearchParams({ returnTo }).toString()}` : `/${authPaths.magicAuth}`;
  return (
    <div className="auth-page">
      {view === authPaths.login && query.get('password') === 'changed' ? (
        <p className="notice" role="status">
          Your password has been changed. Sign in with the new one.
        </p>
      ) : null}
      <AuthView
        view={view}
        paths={authPaths}
        basePath="/"
        // The title is the route's meta, in the server's HTML from the first byte.
        titleTemplate={false}
        // Registering asks for the name; the form then says "check your inbox": the e-mail is confirmed first.
        registerProps={{ fields: ['firstName', 'lastName'], confirmPassword: true }}
        // The e-mailed link leads to /set-new-password#token=…; the answer reads the same for unknown addresses.
        resetPasswordProps={{ expirationTime: '1h' }}
        setNewPasswordProps={{ onSuccess: () => navigate(`/${authPaths.login}?password=changed`) }}
      />
      {view === authPaths.login ? (
        <p className="muted">
          Or <Link to={magicLink}>get a sign-in link by e-mail</Link>, no password needed.
        </p>
      ) : null}
    </div>
  );
}
