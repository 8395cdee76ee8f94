import { act, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { startTransport } from '#mock-transport';
import { en, MagicAuthForm, type MagicAuthFormProps } from '../../src/index.js';
import { cs } from '../../src/i18n/locales/cs.js';
import { providerWrapper } from '../support/renderWithProvider.js';

// A stand-in for the handler's POST /magic-link: what it received, and the next answers to give.
const received: unknown[] = [];
const nextAnswers: Array<() => Response> = [];
// Magic-auth would hand out a session for the e-mail alone: in server mode the form must never call it.
const magicAuthCalls: string[] = [];
let transport: { stop: () => void } | undefined;
beforeAll(async () => {
  transport = await startTransport([
    http.post('/api/auth/magic-link', async ({ request }) => {
      received.push(await request.json());
      return nextAnswers.shift()?.() ?? HttpResponse.json({ success: true });
    }),
    http.post('*/magic-auth', ({ request }) => {
      magicAuthCalls.push(request.url);
      return HttpResponse.json({ success: false, errorCode: 'E001' });
    }),
  ]);
});
afterEach(() => {
  received.length = 0;
  nextAnswers.length = 0;
  magicAuthCalls.length = 0;
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});
afterAll(() => transport?.stop());

const server = { serverUrl: '/api/auth', apiKey: undefined };

function renderForm(props: MagicAuthFormProps = {}, locale = 'en') {
  return render(<MagicAuthForm {...props} />, { wrapper: providerWrapper({ ...server, locale }) });
}

async function requestLink(email = 'jana@example.com') {
  await userEvent.type(screen.getByLabelText(en['field.email.label']), email);
  await userEvent.click(screen.getByRole('button', { name: en['magicLink.submit'] }));
}

describe('MagicAuthForm in server mode: a one-time link instead of a session for an e-mail', () => {
  test('asks the handler for a link (never magic-auth), then shows a focused, neutral "check your inbox"', async () => {
    const onSuccess = vi.fn();
    const onLinkSent = vi.fn();
    renderForm({ onSuccess, onLinkSent, returnTo: '/account', fields: ['firstName'] });
    expect(screen.getByText(en['magicLink.intro'])).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/First name/), 'Jana');
    await requestLink();
    const body = await screen.findByText(en['magicLink.sent.body'].replace('{email}', 'jana@example.com'));
    expect(screen.getByRole('heading', { name: en['magicLink.sent.title'] })).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toBe(body.closest('[role="status"]')));
    expect(received).toEqual([{ email: 'jana@example.com', firstName: 'Jana', returnTo: '/account', locale: 'en' }]);
    expect(onLinkSent).toHaveBeenCalledWith('jana@example.com');
    expect(magicAuthCalls).toEqual([]);
    expect(onSuccess).not.toHaveBeenCalled();
  });

  test('the e-mail goes out in the provider’s language', async () => {
    renderForm({}, 'cs');
    await userEvent.type(screen.getByLabelText(cs['field.email.label']), 'jana@example.com');
    await userEvent.click(screen.getByRole('button', { name: cs['magicLink.submit'] }));
    await screen.findByRole('heading', { name: cs['magicLink.sent.title'] });
    expect(received).toEqual([{ email: 'jana@example.com', returnTo: '/', locale: 'cs' }]);
  });

  test('resend waits 30 s (a double tap mails once), then sends the same address again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'setInterval', 'Date'] });
    renderForm();
    await requestLink();
    const resend = await screen.findByRole('button', { name: en['magicLink.resend'] });
    expect(resend).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText(/You can send the link again in 0:(29|30)/)).toBeInTheDocument();
    await userEvent.click(resend);
    expect(received).toHaveLength(1);

    await act(async () => {
      await vi.advanceTimersByTimeAsync(30_500);
    });
    expect(resend).not.toHaveAttribute('aria-disabled');
    await userEvent.click(resend);
    await waitFor(() => expect(received).toHaveLength(2));
    expect(received[1]).toEqual(received[0]);
  });

  test('throttled by the handler (429 with Retry-After): the alert says so and the button waits', async () => {
    nextAnswers.push(() => HttpResponse.json({ success: false, errorCode: 'RATE_LIMIT_EXCEEDED' }, { status: 429, headers: { 'Retry-After': '600' } }));
    renderForm();
    await requestLink();
    // The wait is spoken once with the alert; the countdown is the one place that shows it.
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You can try again in 10 minutes.');
    expect(alert.querySelector('p')).not.toHaveTextContent('10 minutes');
    expect(screen.getByText('You can try again in 10:00.')).toBeVisible();
    const submit = screen.getByRole('button', { name: en['magicLink.submit'] });
    expect(submit).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(submit);
    expect(received).toHaveLength(1);
    // Nothing the customer typed is lost.
    expect(screen.getByLabelText(en['field.email.label'])).toHaveValue('jana@example.com');
  });

  test('"use a different e-mail address" returns to the form with the address kept for editing', async () => {
    renderForm();
    await requestLink('jana@exmaple.com');
    await userEvent.click(await screen.findByRole('button', { name: en['magicLink.changeEmail'] }));
    const email = screen.getByLabelText(en['field.email.label']);
    expect(email).toHaveValue('jana@exmaple.com');
    await userEvent.clear(email);
    await requestLink('jana@example.com');
    await screen.findByRole('heading', { name: en['magicLink.sent.title'] });
    expect(received.map((body) => (body as { email: string }).email)).toEqual(['jana@exmaple.com', 'jana@example.com']);
  });
});

describe('a link that failed lands back on the form with ?error=', () => {
  test.each([
    ['used', en['magicLink.error.used']],
    ['expired', en['magicLink.error.expired']],
    ['invalid', en['magicLink.error.invalid']],
    ['<script>alert(1)</script>', en['magicLink.error.invalid']],
    ['E005', en['error.magic-auth.E005']],
    ['E007', en['error.magic-auth.E007']],
    ['rate-limit', en['error.rateLimit']],
    ['unavailable', en['error.server']],
  ])('?error=%s shows its message, and the address bar is cleaned', async (reason, message) => {
    window.history.replaceState(null, '', `/sign-in?error=${encodeURIComponent(reason)}&utm=x#top`);
    renderForm();
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(window.location.search).toBe('?utm=x');
    expect(window.location.hash).toBe('#top');
    expect(document.body.innerHTML).not.toContain('<script>alert');
  });

  test('E002 (no account) offers registration; asking for a new link clears the old message', async () => {
    window.history.replaceState(null, '', '/sign-in?error=E002');
    renderForm({ registerHref: '/register' });
    expect(await screen.findByRole('alert')).toHaveTextContent(en['error.magic-auth.E002']);
    expect(screen.getByRole('link', { name: en['action.register'] })).toHaveAttribute('href', '/register');
    await requestLink();
    await screen.findByRole('heading', { name: en['magicLink.sent.title'] });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('in Czech', async () => {
    window.history.replaceState(null, '', '/?error=used');
    renderForm({}, 'cs');
    expect(await screen.findByRole('alert')).toHaveTextContent(cs['magicLink.error.used']);
  });
});
