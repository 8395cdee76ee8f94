import { Outlet } from 'react-router';
import { requireAuthMiddleware } from '../auth.server';

// Every page under /orders is for signed-in customers: the middleware sends anyone else to sign-in
// (with ?returnTo=) before any of their loaders runs. (Server middleware runs with a server request:
// each page under it has a loader, so a client navigation asks the server too.) An outage it finds is
// shown by the root's ErrorBoundary: a middleware that throws before the loaders run leaves no loader
// data for the routes above, so React Router renders the root's boundary, not this route's.
export const middleware = [requireAuthMiddleware];

export default function OrdersLayout() {
  return (
    <section className="card account">
      <h1>Your orders</h1>
      <Outlet />
    </section>
  );
}
