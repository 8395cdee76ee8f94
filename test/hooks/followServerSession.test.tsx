// The provider follows a later server render's session (Next's router.refresh(), or the redirect of
// the signOut() server action): what the header and forms show changes with it, and onSessionChange
// hears of it once. The same in Chromium on the Next example: scripts/check-nextjs.mjs.
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { BizKitHubProvider, SignedIn, SignedOut, type Account, type SessionState } from '../../src/index.js';
import { createTestQueryClient } from '../support/renderWithProvider.js';

const jana: Account = { cuRefNo: 'CU00000000000042', email: 'jana@example.com', firstName: 'Jana', creditBalance: 0 };
const eva: Account = { cuRefNo: 'CU00000000000043', email: 'eva@example.com', firstName: 'Eva', creditBalance: 0 };

function shop(initialSession: SessionState, onSessionChange: () => void, queryClient = createTestQueryClient()) {
  return (
    <QueryClientProvider client={queryClient}>
      <BizKitHubProvider serverUrl="/api/auth" initialSession={initialSession} onSessionChange={onSessionChange}>
        <SignedIn>{(account) => <p>{`Signed in as ${account.email}`}</p>}</SignedIn>
        <SignedOut>
          <p>Signed out</p>
        </SignedOut>
      </BizKitHubProvider>
    </QueryClientProvider>
  );
}

test("a server render that says signed out (after signOut()) signs the page out, and onSessionChange hears it once", async () => {
  const onSessionChange = vi.fn();
  const queryClient = createTestQueryClient();
  const view = render(shop({ status: 'signed-in', account: jana }, onSessionChange, queryClient));
  expect(screen.getByText('Signed in as jana@example.com')).toBeInTheDocument();
  expect(onSessionChange).not.toHaveBeenCalled();

  view.rerender(shop({ status: 'signed-out' }, onSessionChange, queryClient));
  expect(await screen.findByText('Signed out')).toBeInTheDocument();
  expect(onSessionChange).toHaveBeenCalledTimes(1);

  // The refresh that onSessionChange asked for renders the same session again: nothing more happens.
  view.rerender(shop({ status: 'signed-out' }, onSessionChange, queryClient));
  expect(screen.getByText('Signed out')).toBeInTheDocument();
  expect(onSessionChange).toHaveBeenCalledTimes(1);
});

test('a server render that says signed in while the browser held signed out (a sign-in in another tab): the page follows', async () => {
  const onSessionChange = vi.fn();
  const queryClient = createTestQueryClient();
  const view = render(shop({ status: 'signed-out' }, onSessionChange, queryClient));
  view.rerender(shop({ status: 'signed-in', account: { ...eva } }, onSessionChange, queryClient));
  expect(await screen.findByText('Signed in as eva@example.com')).toBeInTheDocument();
  expect(onSessionChange).toHaveBeenCalledTimes(1);
  view.rerender(shop({ status: 'signed-in', account: { ...eva } }, onSessionChange, queryClient));
  expect(onSessionChange).toHaveBeenCalledTimes(1);
});

test("a server render that could not tell ('unavailable') leaves the browser's session as it is", async () => {
  const onSessionChange = vi.fn();
  const queryClient = createTestQueryClient();
  const view = render(shop({ status: 'signed-in', account: jana }, onSessionChange, queryClient));
  view.rerender(shop({ status: 'unavailable' }, onSessionChange, queryClient));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(screen.getByText('Signed in as jana@example.com')).toBeInTheDocument();
  expect(onSessionChange).not.toHaveBeenCalled();
});

test("what the handler serves (its features, from /session) stays when the server's render signs the page out", async () => {
  const onSessionChange = vi.fn();
  const queryClient = createTestQueryClient();
  const view = render(shop({ status: 'signed-in', account: jana }, onSessionChange, queryClient));
  queryClient.setQueryData(['bizkithub', 'session'], { status: 'signed-in', account: jana, features: { magicLink: true } });
  view.rerender(shop({ status: 'signed-out' }, onSessionChange, queryClient));
  expect(await screen.findByText('Signed out')).toBeInTheDocument();
  expect(queryClient.getQueryData(['bizkithub', 'session'])).toEqual({ status: 'signed-out', features: { magicLink: true } });
});
