// The signed-in customer's account as a definition list, through the shop's handler (server mode).
import { render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { startTransport } from '#mock-transport';
import { AccountSummary, createBizKitHubClient, en, useAccount, type AccountSummaryProps } from '../../src/index.js';
import { de } from '../../src/i18n/locales/de.js';
import { createMockBizKitHub, type MockAccountSeed } from '../../src/testing/index.js';
import { providerWrapper } from '../support/renderWithProvider.js';
import { renderHook } from '@testing-library/react';
import { setupUser } from '../support/user.js';

const jana: MockAccountSeed = {
  email: 'jana@example.com',
  password: 'correct horse',
  firstName: 'Jana',
  lastName: 'Nováková',
  phone: '+420 777123456',
  premium: false,
  creditBalance: 12.5,
  cuRefNo: 'CU2026JANA000001',
};
const acme: MockAccountSeed = { email: 'orders@acme.example', password: 'correct horse', companyName: 'ACME s.r.o.' };
const api = createMockBizKitHub({ accounts: [jana, acme] });
// Set by a test: the session answer of an account an operator has blocked since it signed in.
let bannedSession = false;
let transport: { stop: () => void } | undefined;
beforeAll(async () => {
  transport = await startTransport([
    http.get('*/api/auth/session', () =>
      bannedSession
        ? HttpResponse.json({ loggedIn: true, account: { cuRefNo: 'CU2026JANA000001', email: 'jana@example.com', creditBalance: 0, ban: true } })
        : undefined,
    ),
    ...api.serverModeHandlers(),
    ...api.handlers,
  ]);
});
afterEach(() => {
  api.reset();
  bannedSession = false;
});
afterAll(() => transport?.stop());

async function signInAs({ email, password = '' }: MockAccountSeed) {
  await createBizKitHubClient({ serverUrl: '/api/auth' }).login({ email, password });
}

const wrapper = (locale = 'en') => providerWrapper({ serverUrl: '/api/auth', apiKey: undefined, locale, catalogs: [de] });

function rows(): Array<[string, string]> {
  const list = document.querySelector('dl.bkh-account-list');
  const terms = within(list as HTMLElement).getAllByRole('term').map((term) => term.textContent ?? '');
  const details = within(list as HTMLElement).getAllByRole('definition').map((detail) => detail.textContent ?? '');
  return terms.map((term, index) => [term, details[index] ?? '']);
}

describe('AccountSummary', () => {
  test('every row of a person, the credit as money, in order', async () => {
    await signInAs(jana);
    render(<AccountSummary />, { wrapper: wrapper() });
    await screen.findByText('Jana Nováková');
    const euros = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(12.5);
    expect(rows()).toEqual([
      ['Name', 'Jana Nováková'],
      ['E-mail', 'jana@example.com'],
      ['Phone', '+420 777123456'],
      ['Customer number', 'CU2026JANA000001Copy'],
      ['Store credit', euros],
      ['Premium customer', 'No'],
    ]);
  });

  test('fields chooses and orders the rows; a company is named as one; German labels', async () => {
    await signInAs(acme);
    const fields: AccountSummaryProps['fields'] = ['cuRefNo', 'name', 'phone'];
    render(<AccountSummary fields={fields} showPasswordReset={false} />, { wrapper: wrapper('de') });
    await screen.findByText('ACME s.r.o.');
    expect(rows().map(([term]) => term)).toEqual([de['account.field.cuRefNo'], de['account.field.company']]);
    expect(screen.queryByRole('button', { name: de['account.resetPassword'] })).not.toBeInTheDocument();
  });

  test('the customer number’s copy button copies it and says "Copied"', async () => {
    await signInAs(jana);
    const user = setupUser();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<AccountSummary />, { wrapper: wrapper() });
    await user.click(await screen.findByRole('button', { name: en['account.copyLabel'] }));
    expect(writeText).toHaveBeenCalledWith('CU2026JANA000001');
    expect(await screen.findByRole('status')).toHaveTextContent(en['account.copied']);
  });

  test('when the clipboard refuses, it says how to copy by hand', async () => {
    await signInAs(jana);
    const user = setupUser();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    render(<AccountSummary />, { wrapper: wrapper() });
    await user.click(await screen.findByRole('button', { name: en['account.copyLabel'] }));
    expect(await screen.findByRole('status')).toHaveTextContent(en['account.copyFailed']);
  });

  test('"Send me a link to set a new password" runs the reset for the session’s own e-mail and says so', async () => {
    await signInAs(jana);
    const user = setupUser();
    render(<AccountSummary />, { wrapper: wrapper() });
    await user.click(await screen.findByRole('button', { name: en['account.resetPassword'] }));
    expect(await screen.findByText(en['account.resetPassword.sent'].replace('{email}', 'jana@example.com'))).toBeInTheDocument();
    const reset = api.requests.filter((request) => request.endpoint === 'reset-password');
    expect(reset.map((request) => (request.body as { email?: string }).email)).toEqual(['jana@example.com']);
    expect(api.lastEmail('jana@example.com')?.kind).toBe('reset-password');
  });

  test('a reset refused by the platform is said in the customer’s words, and the button stays', async () => {
    await signInAs(jana);
    api.forceNext('reset-password', { code: 'E001' });
    const user = setupUser();
    render(<AccountSummary />, { wrapper: wrapper() });
    await user.click(await screen.findByRole('button', { name: en['account.resetPassword'] }));
    expect(await screen.findByRole('alert')).toHaveTextContent(en['error.reset-password.failed']);
    expect(screen.getByRole('button', { name: en['account.resetPassword'] })).toBeInTheDocument();
  });

  test('a blocked account gets a clear notice, and no reset offer', async () => {
    bannedSession = true;
    render(<AccountSummary />, { wrapper: wrapper() });
    expect(await screen.findByRole('alert')).toHaveTextContent(en['account.banned']);
    expect(screen.queryByRole('button', { name: en['account.resetPassword'] })).not.toBeInTheDocument();
  });

  test('signed out: nothing, once the handler has said so', async () => {
    function Page() {
      // The session's status beside the summary, to know when the answer has arrived.
      return (
        <>
          <p data-testid="status">{useAccount().status}</p>
          <section data-testid="summary">
            <AccountSummary />
          </section>
        </>
      );
    }
    render(<Page />, { wrapper: wrapper() });
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('signed-out'));
    expect(screen.getByTestId('summary')).toBeEmptyDOMElement();
  });
});

describe('useAccount', () => {
  test('loading, then signed in with the account; signed out; unavailable', async () => {
    await signInAs(jana);
    const { result, unmount } = renderHook(() => useAccount(), { wrapper: wrapper() });
    expect(result.current).toEqual({ status: 'loading', account: undefined });
    await waitFor(() => expect(result.current.status).toBe('signed-in'));
    expect(result.current.account).toMatchObject({ email: 'jana@example.com', firstName: 'Jana' });
    unmount();
    api.reset();
    const signedOut = renderHook(() => useAccount(), { wrapper: wrapper() });
    await waitFor(() => expect(signedOut.result.current).toEqual({ status: 'signed-out', account: undefined }));
    signedOut.unmount();
    api.forceNext('account-info', { networkError: true });
    await signInAs(jana);
    api.forceNext('account-info', { networkError: true });
    const unavailable = renderHook(() => useAccount(), { wrapper: wrapper() });
    await waitFor(() => expect(unavailable.result.current).toEqual({ status: 'unavailable', account: undefined }));
  });
});
