import type { HandlerPath, HandlerRoute } from '../../src/core/routes.js';
import type { RouteTable } from '../../src/server/createBizKitHubHandler.js';
import type { Route } from '../../src/server/routes.js';

// Checked by `npm run typecheck` (tsc includes test/): the handler's route map is typed by the one
// route table, so a route it forgets or misspells does not compile.
declare const route: Route;

const complete = {
  '/login': route,
  '/register-account': route,
  '/reset-password': route,
  '/set-new-password': route,
  '/session': route,
  '/sign-out': route,
  '/magic-link': undefined,
  '/magic-link/verify': undefined,
} satisfies RouteTable;

test('a complete table compiles; its keys are the paths of the table', () => {
  expectTypeOf<keyof RouteTable>().toEqualTypeOf<HandlerPath>();
  expectTypeOf<keyof typeof complete>().toEqualTypeOf<`/${HandlerRoute}`>();
});

test('a missing route does not compile', () => {
  const { '/session': _left, ...withoutSession } = complete;
  // @ts-expect-error '/session' is in the table and missing here.
  const missing: RouteTable = withoutSession;
  void missing;
});

test('a misspelt route does not compile', () => {
  const misspelt: RouteTable = {
    ...complete,
    // @ts-expect-error '/signout' is not a route of the table.
    '/signout': route,
  };
  void misspelt;
});

test('only the magic-link routes may be absent (undefined until the option is given)', () => {
  // @ts-expect-error '/login' always has a route.
  const unset: RouteTable = { ...complete, '/login': undefined };
  void unset;
  expectTypeOf<RouteTable['/magic-link']>().toEqualTypeOf<Route | undefined>();
  expectTypeOf<RouteTable['/login']>().toEqualTypeOf<Route>();
});
