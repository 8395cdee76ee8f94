// One session vocabulary: every public door to a session speaks SessionState, and the wire body
// `{ loggedIn }` is no entry's export.
import type { UseQueryResult } from '@tanstack/react-query';
import {
  useAccount,
  useSession,
  type AccountState,
  type BizKitHubClient,
  type BizKitHubError,
  type BizKitHubProviderProps,
  type SessionState,
} from '../../src/index.js';
import type { NextAuth } from '../../src/nextjs/index.js';
import type { ReactRouterAuth } from '../../src/react-router/index.js';
import { readSession } from '../../src/server/index.js';
import type { Account } from '../../src/server/index.js';

// @ts-expect-error The wire body is private to the client.
import type { Session as _MainSession } from '../../src/index.js';
// @ts-expect-error Not from the client entry either.
import type { Session as _ClientSession } from '../../src/client/index.js';
// @ts-expect-error Nor the server's.
import type { Session as _ServerSession } from '../../src/server/index.js';
// @ts-expect-error The server's session function has its own name now.
import { getSession as _getSession } from '../../src/server/index.js';

test('the browser, the server and both frameworks answer SessionState', () => {
  expectTypeOf(useSession).returns.toEqualTypeOf<UseQueryResult<SessionState, BizKitHubError>>();
  expectTypeOf<BizKitHubClient['fetchSession']>().returns.toEqualTypeOf<Promise<SessionState>>();
  expectTypeOf<BizKitHubClient['accountInfo']>().returns.toEqualTypeOf<Promise<SessionState>>();
  expectTypeOf(readSession).returns.toEqualTypeOf<Promise<SessionState>>();
  expectTypeOf<NextAuth['auth']>().returns.toEqualTypeOf<Promise<SessionState>>();
  expectTypeOf<ReactRouterAuth['auth']>().returns.toEqualTypeOf<Promise<SessionState>>();
  expectTypeOf<BizKitHubProviderProps['initialSession']>().toEqualTypeOf<SessionState | undefined>();
  // The browser client's HTTP fetch is fetchSession; getSession is gone.
  expectTypeOf<BizKitHubClient>().not.toHaveProperty('getSession');
});

test("useAccount's AccountState is SessionState plus 'loading'", () => {
  expectTypeOf(useAccount).returns.toEqualTypeOf<AccountState>();
  expectTypeOf<SessionState>().toExtend<AccountState>();
  expectTypeOf<Exclude<AccountState, SessionState>>().toEqualTypeOf<{ status: 'loading'; account?: undefined }>();
});

test('{ status, account } destructures on every status, and narrows by status', () => {
  const read = (state: SessionState) => {
    const { status, account } = state;
    expectTypeOf(account).toEqualTypeOf<Account | undefined>();
    if (status === 'signed-in') expectTypeOf(account).toEqualTypeOf<Account>();
  };
  expectTypeOf(read).toBeFunction();
  // @ts-expect-error A signed-in state has its account.
  const missing: SessionState = { status: 'signed-in' };
  expectTypeOf(missing).not.toBeAny();
});
