import { SignedIn } from '@bizkithub/auth-react';
import { useLoaderData, type LoaderFunctionArgs, type MetaFunction } from 'react-router';

export const meta: MetaFunction = () => [{ title: 'Your orders · Tea & Kettle' }];

// No session check here: the layout's middleware (routes/orders.tsx) has made it before this runs.
export function loader({ request }: LoaderFunctionArgs) {
  return { filter: new URL(request.url).searchParams.get('x') };
}

export default function Orders() {
  const { filter } = useLoaderData<typeof loader>();
  return (
    <SignedIn>
      {(account) => (
        <p className="muted" data-testid="orders">
          {account.email}: no orders yet{filter ? ` (filter ${filter})` : ''}.
        </p>
      )}
    </SignedIn>
  );
}
