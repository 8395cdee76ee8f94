import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { displayName, readSession } from '@/lib/session';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const session = await readSession();
  if (!session.loggedIn) redirect('/sign-in?returnTo=/account');
  const { account } = session;
  return (
    <section className="card account">
      <h1>Your account</h1>
      <dl>
        <dt>Name</dt>
        <dd>{displayName(session)}</dd>
        <dt>E-mail</dt>
        <dd>{account.email}</dd>
        <dt>Customer number</dt>
        <dd>{account.cuRefNo}</dd>
        <dt>Store credit</dt>
        <dd>€{account.creditBalance.toFixed(2)}</dd>
      </dl>
      <p className="muted">No orders yet. The kettle is on.</p>
    </section>
  );
}
