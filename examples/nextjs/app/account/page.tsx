import type { Metadata } from 'next';
import Link from 'next/link';
import { requireAuth, signOut } from '@/lib/auth';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  // Signed out: to /sign-in?returnTo=/account. BizKitHub unreachable: app/error.tsx, never a loop.
  const account = await requireAuth();
  return (
    <section className="card account">
      <h1>Your account</h1>
      <dl>
        <dt>Name</dt>
        <dd>{[account.firstName, account.lastName].filter(Boolean).join(' ') || account.companyName}</dd>
        <dt>E-mail</dt>
        <dd>{account.email}</dd>
        <dt>Customer number</dt>
        <dd>{account.cuRefNo}</dd>
        <dt>Store credit</dt>
        <dd>€{account.creditBalance.toFixed(2)}</dd>
      </dl>
      <p className="muted">
        No orders yet. The kettle is on. <Link href="/account/orders">Your orders</Link>
      </p>
      {/* A server action: works before the page's JavaScript has loaded, and without it. */}
      <form
        action={async () => {
          'use server';
          await signOut({ redirectTo: '/' });
        }}
      >
        <button type="submit" className="button-link">
          Sign out of this device
        </button>
      </form>
    </section>
  );
}
