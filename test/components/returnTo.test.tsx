// After a sign-in the forms go to `?returnTo=` (or their `returnTo` prop) when it is a path on this
// site, else to `afterLoginPath` ('/'), through the provider's `navigate`: in jsdom and in Chromium,
// whose URL parser is the one that matters.
import { render, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { startTransport } from '#mock-transport';
import { BizKitHubProvider, en, LoginForm, MagicAuthForm, SignOutButton } from '../../src/index.js';
import { hostileReturnTo } from '../support/hostileReturnTo.js';
import { createMockBizKitHub } from '../../src/testing/index.js';
import { verified } from '../support/mockServer.js';
import { createTestQueryClient, providerWrapper } from '../support/renderWithProvider.js';
import { QueryClientProvider } from '@tanstack/react-query';
import { setupUser } from '../support/user.js';

const api = createMockBizKitHub({ accounts: [verified] });
const verifiedPassword = 'correct horse';

// The handler's POST /magic-link (server mode), recording what the form asked for.
const linkRequests: Array<{ returnTo?: string }> = [];
let transport: { stop: () => void } | undefined;
beforeAll(async () => {
  transport = await startTransport([
    ...api.handlers,
    http.post('/api/auth/magic-link', async ({ request }) => {
      linkRequests.push((await request.json()) as { returnTo?: string });
      return HttpResponse.json({ success: true });
    }),
    http.post('/api/auth/sign-out', () => HttpResponse.json({ success: true })),
    http.get('/api/auth/session', () => HttpResponse.json({ loggedIn: false })),
  ]);
});
afterEach(() => {
  api.reset();
  linkRequests.length = 0;
  window.history.replaceState(null, '', '/');
});
afterAll(() => transport?.stop());

/** Puts `?returnTo=` into the page's address, as the sign-in page would have it. */
function visitWithReturnTo(value: string) {
  window.history.replaceState(null, '', `/sign-in?${new URLSearchParams({ returnTo: value }).toString()}`);
}

async function signInWith(props: Parameters<typeof LoginForm>[0] = {}) {
  const navigate = vi.fn();
  const onSessionChange = vi.fn();
  const user = setupUser({ delay: null });
  render(<LoginForm {...props} />, { wrapper: providerWrapper({ navigate, onSessionChange }) });
  await user.type(screen.getByLabelText(en['field.email.label']), verified.email);
  await user.type(screen.getByLabelText(en['field.password.label']), verifiedPassword);
  await user.click(screen.getByRole('button', { name: en['login.submit'] }));
  await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
  return { navigate, onSessionChange };
}

describe('LoginForm goes back to where the customer was', () => {
  test('to ?returnTo= with its query and fragment; onSessionChange is called once', async () => {
    visitWithReturnTo('/account/orders?x=1#latest');
    const { navigate, onSessionChange } = await signInWith();
    expect(navigate).toHaveBeenCalledWith('/account/orders?x=1#latest');
    expect(onSessionChange).toHaveBeenCalledTimes(1);
    expect(screen.getByText(en['login.success'])).toBeInTheDocument();
  });

  test('without one, to afterLoginPath, else to "/"; the returnTo prop wins over the address', async () => {
    expect((await signInWith({ afterLoginPath: '/account' })).navigate).toHaveBeenCalledWith('/account');
    document.body.innerHTML = '';
    expect((await signInWith()).navigate).toHaveBeenCalledWith('/');
    document.body.innerHTML = '';
    visitWithReturnTo('/wishlist');
    expect((await signInWith({ returnTo: '/basket' })).navigate).toHaveBeenCalledWith('/basket');
  });

  test('an afterLoginPath that is not a path here is not followed either', async () => {
    expect((await signInWith({ afterLoginPath: 'https://evil.test/' })).navigate).toHaveBeenCalledWith('/');
  });

  test.each(hostileReturnTo.map((value) => [JSON.stringify(value), value]))('?returnTo=%s lands on "/"', async (_name, value) => {
    visitWithReturnTo(value);
    const { navigate } = await signInWith();
    expect(navigate).toHaveBeenCalledWith('/');
  });

  test('"/..//evil.test" resolves to a path that would read as a host: "/" instead', async () => {
    visitWithReturnTo('/..//evil.test');
    expect((await signInWith()).navigate).toHaveBeenCalledWith('/');
  });
});

describe('MagicAuthForm in server mode asks for a link that returns to the same place', () => {
  async function requestLink(returnTo: string) {
    visitWithReturnTo(returnTo);
    const user = setupUser({ delay: null });
    render(<MagicAuthForm />, { wrapper: providerWrapper({ serverUrl: '/api/auth', apiKey: undefined, navigate: vi.fn() }) });
    await user.type(screen.getByLabelText(en['field.email.label']), verified.email);
    await user.click(screen.getByRole('button', { name: en['magicLink.submit'] }));
    await waitFor(() => expect(linkRequests).toHaveLength(1));
    return linkRequests[0]?.returnTo;
  }

  test('?returnTo= a path here', async () => {
    expect(await requestLink('/account/orders?x=1')).toBe('/account/orders?x=1');
  });

  test.each(['//evil.test', 'javascript:alert(1)', '/\\evil.test'])('?returnTo=%j becomes "/"', async (value) => {
    expect(await requestLink(value)).toBe('/');
  });
});

describe('the provider', () => {
  test('onSessionChange is called once after a sign-out, too', async () => {
    const onSessionChange = vi.fn();
    const user = setupUser({ delay: null });
    render(
      <QueryClientProvider client={createTestQueryClient()}>
        <BizKitHubProvider serverUrl="/api/auth" onSessionChange={onSessionChange}>
          <SignOutButton />
        </BizKitHubProvider>
      </QueryClientProvider>,
    );
    await user.click(screen.getByRole('button', { name: en['signOut.submit'] }));
    await waitFor(() => expect(onSessionChange).toHaveBeenCalledTimes(1));
  });

  test('direct mode with no navigate stays on the success text (a reload would forget the session)', async () => {
    visitWithReturnTo('/account');
    // In Chromium a page load would end this test; jsdom cannot load pages, so there it checks only
    // that the success text stays.
    const user = setupUser({ delay: null });
    render(<LoginForm />, { wrapper: providerWrapper({ navigate: undefined }) });
    await user.type(screen.getByLabelText(en['field.email.label']), verified.email);
    await user.type(screen.getByLabelText(en['field.password.label']), verifiedPassword);
    await user.click(screen.getByRole('button', { name: en['login.submit'] }));
    await screen.findByText(en['login.success']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.location.pathname + window.location.search).toBe('/sign-in?returnTo=%2Faccount');
    expect(api.requests).toHaveLength(1);
  });
});
