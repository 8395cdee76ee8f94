import { isAuthUnavailable } from '@bizkithub/auth-react';
import { Link, useLoaderData, useRouteError, type LoaderFunctionArgs, type MetaFunction } from 'react-router';
import { displayName } from '../account';
import { requireAuth } from '../auth.server';

export const meta: MetaFunction = () => [{ title: 'Your account · Tea & Kettle' }];

export async function loader({ request }: LoaderFunctionArgs) {
  // Signed out: to /sign-in?returnTo=/account. BizKitHub unreachable: the ErrorBoundary below, never a loop.
  return await requireAuth(request);
}

export default function AccountPage() {
  const account = useLoaderData<typeof loader>();
  return (
    <section className="card account">
      <h1>Your account</h1>
      <dl>
        <dt>Name</dt>
        <dd>{displayName(account)}</dd>
        <dt>E-mail</dt>
        <dd>{account.email}</dd>
        <dt>Customer number</dt>
        <dd>{account.cuRefNo}</dd>
        <dt>Store credit</dt>
        <dd>€{account.creditBalance.toFixed(2)}</dd>
      </dl>
      <p className="muted">
        No orders yet. The kettle is on. <Link to="/">Back to the shelf</Link>
      </p>
    </section>
  );
}

/**
 * Inside the shop's header: the customer stays where they were (no redirect to sign-in, which could
 * not tell either) and can try again.
 */
export function ErrorBoundary() {
  const outage = isAuthUnavailable(useRouteError());
  return (
    <section className="card" role="alert">
      <h1>{outage ? 'This page is not available right now' : 'Something went wrong'}</h1>
      <p>{outage ? 'Customer accounts cannot be reached at the moment. Your basket and the shop still work.' : 'Please try again in a moment.'}</p>
      <Link to="/account" reloadDocument className="button-link">
        Try again
      </Link>
    </section>
  );
}
