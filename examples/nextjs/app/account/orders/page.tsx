import type { Metadata } from 'next';
import { requireAuth } from '@/lib/auth';

export const metadata: Metadata = { title: 'Your orders' };

export default async function OrdersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const account = await requireAuth();
  const { x } = await searchParams;
  return (
    <section className="card account">
      <h1>Your orders</h1>
      <p className="muted" data-testid="orders-filter">
        {account.email}: no orders yet{typeof x === 'string' ? ` (filter ${x})` : ''}.
      </p>
    </section>
  );
}
