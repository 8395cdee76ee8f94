import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { AccountSummary, BizKitHubProvider, en, UserButton, type Account, type SessionState } from '../../src/index.js';

// Issue 31: an outage reads as an outage at once, never as a long "Loading your account…".
const page = new URL(location.href).origin;
const account: Account = { cuRefNo: 'CU00000000000042', email: 'jana@example.com', firstName: 'Jana', creditBalance: 0 };
const shop = { down: true, sessionRequests: 0 };
const server = setupServer(
  http.get(`${page}/api/auth/session`, () => {
    shop.sessionRequests += 1;
    return shop.down ? HttpResponse.json({ success: false }, { status: 503 }) : HttpResponse.json({ loggedIn: true, account });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => Object.assign(shop, { down: true, sessionRequests: 0 }));
afterAll(() => server.close());

/** The app's own QueryClient with TanStack's defaults: three retries, 1 s, 2 s and 4 s apart. */
function renderPage(children: ReactNode, initialSession?: SessionState) {
  const queryClient = new QueryClient();
  render(
    <QueryClientProvider client={queryClient}>
      <BizKitHubProvider serverUrl="/api/auth" initialSession={initialSession}>
        {children}
      </BizKitHubProvider>
    </QueryClientProvider>,
  );
  return queryClient;
}

const header = () => (
  <>
    <UserButton />
    <AccountSummary />
  </>
);

describe('the server could not tell (initialSession unavailable)', () => {
  test('the first paint already says the account cannot be shown, and an answer later signs in', async () => {
    renderPage(header(), { status: 'unavailable' });
    // Before any request of ours has answered.
    expect(shop.sessionRequests).toBeLessThanOrEqual(1);
    expect(screen.getAllByText(en['account.unavailable'])).toHaveLength(2);
    expect(screen.queryByText(en['account.loading'])).not.toBeInTheDocument();

    // BizKitHub is back: the retry in the background finds the session.
    shop.down = false;
    expect(await screen.findByRole('button', { name: /Jana/ }, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.queryByText(en['account.unavailable'])).not.toBeInTheDocument();
  });
});

describe('no initialSession', () => {
  test('"Loading" lasts until the first request fails, then "unavailable" while it keeps retrying', async () => {
    renderPage(header());
    expect(screen.getByText(en['account.loading'])).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByText(en['account.unavailable'])).toHaveLength(2));
    // Said after one failed request, not after the retries (the next comes a second later).
    expect(shop.sessionRequests).toBe(1);
    expect(screen.queryByText(en['account.loading'])).not.toBeInTheDocument();

    await waitFor(() => expect(shop.sessionRequests).toBe(2), { timeout: 3000 });
    expect(screen.getAllByText(en['account.unavailable'])).toHaveLength(2);
    shop.down = false;
    expect(await screen.findByRole('button', { name: /Jana/ }, { timeout: 5000 })).toBeInTheDocument();
  });

  test('once every retry failed, the session is asked again every 30 seconds until it answers', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const queryClient = renderPage(header());
      // The three retries (1 + 2 + 4 s) pass; the query is in error.
      await act(() => vi.advanceTimersByTimeAsync(8_000));
      await waitFor(() => expect(queryClient.getQueryState(['bizkithub', 'session'])?.status).toBe('error'));
      const asked = shop.sessionRequests;
      expect(asked).toBe(4);
      shop.down = false;
      await act(() => vi.advanceTimersByTimeAsync(30_000));
      expect(shop.sessionRequests).toBe(asked + 1);
      expect(await screen.findByRole('button', { name: /Jana/ })).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});
