// What an app's route modules export, as React Router types them (`Route.LoaderArgs` and friends are
// generated from these): the entry's functions fit without a cast.
import type { ActionFunction, LoaderFunction, LoaderFunctionArgs, MiddlewareFunction } from 'react-router';
import { createReactRouterAuth, type Account, type SessionState } from '../../src/react-router/index.js';

const reactRouterAuth = createReactRouterAuth({ apiKey: 'DEV_abcdefghijklmnopqrstuvwxyz12' });

test('loader and action are a resource route; requireAuthMiddleware is a server middleware', () => {
  expectTypeOf(reactRouterAuth.loader).toExtend<LoaderFunction>();
  expectTypeOf(reactRouterAuth.action).toExtend<ActionFunction>();
  expectTypeOf(reactRouterAuth.requireAuthMiddleware).toExtend<MiddlewareFunction<Response>>();
});

test('auth and requireAuth take the loader\'s request', () => {
  const loader = async ({ request }: LoaderFunctionArgs) => {
    expectTypeOf(await reactRouterAuth.auth(request)).toEqualTypeOf<SessionState>();
    expectTypeOf(await reactRouterAuth.requireAuth(request, { returnTo: '/account' })).toEqualTypeOf<Account>();
  };
  expectTypeOf(loader).toExtend<LoaderFunction>();
});
