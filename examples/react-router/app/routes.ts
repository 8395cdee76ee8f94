import type { RouteConfig } from '@react-router/dev/routes';
import { flatRoutes } from '@react-router/fs-routes';

// The files of app/routes/ are the routes: _index.tsx is /, account.tsx /account, orders.tsx the layout
// of /orders/*, $view.tsx the auth pages (/sign-in, /register…), api.auth.$.ts every /api/auth/* request.
export default flatRoutes() satisfies RouteConfig;
