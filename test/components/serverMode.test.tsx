import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { startTransport } from '#mock-transport';
import { en, LoginForm, MagicAuthForm, SignedIn, SignedOut } from '../../src/index.js';
import { createMockBizKitHub } from '../../src/testing/index.js';
import { providerWrapper } from '../support/renderWithProvider.js';

// The real createBizKitHubHandler in front of the embedded BizKitHub, inside MSW: the forms talk
// to it exactly as to a shop's /api/auth, and its HttpOnly cookie lives in the emulator's jar.
const api = createMockBizKitHub({ accounts: [{ email: 'jana@example.com', password: 'correct horse', firstName: 'Jana' }] });
let transport: { stop: () => void } | undefined;
beforeAll(async () => {
  transport = await startTransport([...api.serverModeHandlers({ magicLink: { errorPath: '/sign-in' } }), ...api.handlers]);
});
afterEach(() => api.reset());
afterAll(() => transport?.stop());

/** A fresh QueryClient per page, as after a reload. */
const page = () => ({ wrapper: providerWrapper({ serverUrl: '/api/auth', apiKey: undefined }) });

function Shop({ children }: { children?: React.ReactNode }) {
  return (
    <>
      <SignedIn>{(account) => <p>Hello, {account.firstName}</p>}</SignedIn>
      <SignedOut>
        <p>Signed out</p>
      </SignedOut>
      {children}
    </>
  );
}

async function signIn(password: string) {
  await userEvent.type(screen.getByLabelText(en['field.email.label']), 'jana@example.com');
  await userEvent.type(screen.getByLabelText(en['field.password.label']), password);
  await userEvent.click(screen.getByRole('button', { name: en['login.submit'] }));
}

describe('the drop-in forms through the server handler (production mode, no server)', () => {
  test('LoginForm signs in; the session lives in the HttpOnly jar, never in document.cookie or the DOM', async () => {
    render(
      <Shop>
        <LoginForm />
      </Shop>,
      page(),
    );
    expect(await screen.findByText('Signed out')).toBeInTheDocument();
    await signIn('correct horse');
    expect(await screen.findByText('Hello, Jana')).toBeInTheDocument();
    const identityId = api.browserCookies['auth-id'];
    expect(identityId).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(document.cookie).not.toContain(identityId);
    expect(document.body.innerHTML).not.toContain(identityId);
  });

  test('a wrong password reads as E004 through the proxy', async () => {
    render(<LoginForm />, page());
    await signIn('wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent(en['error.login.E004']);
  });

  test('a 429 with Retry-After reaches the form’s cooldown through the proxy', async () => {
    api.forceNext('login', { rateLimit: { retryAfterSeconds: 120 } });
    render(<LoginForm />, page());
    await signIn('correct horse');
    expect(await screen.findByRole('alert')).toHaveTextContent(/2 minutes/);
    const submit = screen.getByRole('button', { name: en['login.submit'] });
    expect(submit).toHaveAttribute('aria-disabled', 'true');
    const before = api.requests.length;
    await userEvent.click(submit);
    expect(api.requests).toHaveLength(before);
  });

  test('MagicAuthForm mails a one-time link; following it signs in once, a second click is refused', async () => {
    const requestPage = render(
      <Shop>
        <MagicAuthForm returnTo="/account" />
      </Shop>,
      page(),
    );
    await screen.findByText('Signed out');
    await userEvent.type(screen.getByLabelText(en['field.email.label']), 'jana@example.com');
    await userEvent.click(screen.getByRole('button', { name: en['magicLink.submit'] }));
    await screen.findByRole('heading', { name: en['magicLink.sent.title'] });
    // No session yet: an e-mail address alone signs nobody in.
    expect(api.browserCookies['auth-id']).toBeUndefined();
    expect(api.requests.filter(({ endpoint }) => endpoint === 'magic-auth')).toHaveLength(0);

    const mail = api.lastEmail('jana@example.com');
    expect(mail?.kind).toBe('magic-link');
    // A mail scanner's look at the link, then the customer's: the confirmation page, nobody signed in.
    let html = '';
    for (let look = 0; look < 2; look += 1) {
      const opened = await fetch(mail?.link ?? '', { redirect: 'manual' });
      expect(opened.status).toBe(200);
      html = await opened.text();
    }
    expect(api.browserCookies['auth-id']).toBeUndefined();
    // Its button posts its hidden form token to the link.
    const press = {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `confirm=${/name="confirm" value="([^"]+)"/.exec(html)?.[1] ?? ''}`,
    } as const;
    const first = await fetch(mail?.link ?? '', press);
    expect([0, 303]).toContain(first.status); // a browser hides a manual redirect's status (opaqueredirect)
    expect(api.browserCookies['auth-id']).toMatch(/^[A-Za-z0-9]{32}$/);

    // The jar now holds the session: the page the link lands on shows the customer.
    requestPage.unmount();
    render(<Shop />, page());
    expect(await screen.findByText('Hello, Jana')).toBeInTheDocument();

    const second = await fetch(mail?.link ?? '', press);
    if (second.type !== 'opaqueredirect') {
      expect(new URL(second.headers.get('location') ?? '').searchParams.get('error')).toBe('used');
    }
    expect(api.requests.filter(({ endpoint }) => endpoint === 'magic-auth')).toHaveLength(1);
  });
});
