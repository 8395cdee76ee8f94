// Issue 33 in Chromium: with hideAccountExistence, the sign-in forms show one screen (alert text,
// role, actions, where focus is, the whole form's markup) for every answer that tells whether an
// address has an account, in direct mode (the provider's option, BizKitHub answering the page) and
// in server mode (the handler's option alone, the forms behind createBizKitHubHandler): login's
// E002, E003, E005 as its E004, magic-auth's E002, E003, E005 and E007 as its E004. Without the
// option the same answers guide the customer differently, as before.
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { startTransport } from '#mock-transport';
import { hiddenAnswer, type SignInEndpoint } from '../../src/core/hideExistence.js';
import { en, LoginForm, MagicAuthForm } from '../../src/index.js';
import { createMockBizKitHub } from '../../src/testing/index.js';
import { providerWrapper } from '../support/renderWithProvider.js';

const api = createMockBizKitHub();
/** Where the verify route sends a customer whose link failed (`?error=`): the page of the magic-link form. */
const landingPath = '/hide-existence-landing';
const magicLink = { errorPath: landingPath };
let transport: { stop: () => void } | undefined;
beforeAll(async () => {
  transport = await startTransport([
    // One handler that hides and one that does not, both in front of the same emulator.
    ...api.serverModeHandlers({ basePath: '/hiding', hideAccountExistence: true, magicLink }),
    ...api.serverModeHandlers({ basePath: '/telling', magicLink }),
    http.get(landingPath, () => HttpResponse.text('landed')),
    ...api.handlers,
  ]);
});
afterEach(() => api.reset());
afterAll(() => transport?.stop());

type Mode = 'direct' | 'server';
const links = { registerHref: '/register', supportHref: '/support', resetPasswordHref: '/forgot' };

/** What the customer perceives of a failure. */
interface FailureScreen {
  /** Every element with a role (the alert's and any other live region), in order. */
  roles: string[];
  alert: string;
  /** The alert's links and buttons: name and target. */
  actions: string[];
  /** Where keyboard focus is. */
  focus: string;
  /** The whole form, React's generated ids normalized. */
  markup: string;
}

function describeElement(element: Element | null): string {
  if (element === null || element === document.body) return 'body';
  return `${element.tagName.toLowerCase()} ${element.getAttribute('aria-label') ?? element.textContent ?? ''}`.trim();
}

function screenOf(container: HTMLElement): FailureScreen {
  const form = container.querySelector('form');
  const alert = within(container).getByRole('alert');
  return {
    roles: [...container.querySelectorAll('[role]')].map((element) => element.getAttribute('role') ?? ''),
    alert: alert.querySelector('p')?.textContent ?? '',
    actions: [...alert.querySelectorAll('a, button')].map((action) => `${action.textContent ?? ''} → ${action.getAttribute('href') ?? 'button'}`),
    focus: describeElement(document.activeElement),
    markup: (form?.outerHTML ?? '').replace(/(_r_|:r|«r)[0-9a-z]+(_|:|»)/g, 'ID'),
  };
}

// Each attempt signs in with an address of its own: the hiding handler's lock counts failures per mailbox.
let attempt = 0;
const nextEmail = () => `someone${(attempt += 1)}@example.com`;

/** Server mode: the forms call the handler at this base path; only the handler's option hides. */
const serverProvider = (hide: boolean) => providerWrapper({ serverUrl: hide ? '/hiding' : '/telling', apiKey: undefined });
const directProvider = (hide: boolean) => providerWrapper({ hideAccountExistence: hide });

async function loginScreen(mode: Mode, code: string, hide: boolean): Promise<FailureScreen> {
  api.forceNext('login', { code });
  const { container, unmount } = render(<LoginForm {...links} />, { wrapper: mode === 'direct' ? directProvider(hide) : serverProvider(hide) });
  await userEvent.type(screen.getByLabelText(en['field.email.label']), nextEmail());
  await userEvent.type(screen.getByLabelText(en['field.password.label']), 'a password');
  return submitAndRead(en['login.submit'], container, unmount);
}

/** Presses the form's submit button, waits for its failure to settle, and reads the screen. */
async function submitAndRead(submitName: string, container: HTMLElement, unmount: () => void): Promise<FailureScreen> {
  const submit = screen.getByRole('button', { name: submitName });
  await userEvent.click(submit);
  await screen.findByRole('alert');
  await waitFor(() => expect(submit).not.toHaveAttribute('aria-busy'));
  const shown = screenOf(container);
  unmount();
  return shown;
}

async function directMagicAuthScreen(code: string, hide: boolean): Promise<FailureScreen> {
  api.forceNext('magic-auth', { code });
  const { container, unmount } = render(<MagicAuthForm {...links} />, { wrapper: directProvider(hide) });
  await userEvent.type(screen.getByLabelText(en['field.email.label']), nextEmail());
  return submitAndRead(en['magicAuth.submit'], container, unmount);
}

/**
 * Server mode: a link is mailed, its magic-auth answers `code` when the customer presses the
 * confirmation page's button, and the form shows what the page it lands on (`?error=`) says.
 */
async function serverMagicAuthScreen(code: string, hide: boolean): Promise<FailureScreen> {
  const base = hide ? '/hiding' : '/telling';
  const email = nextEmail();
  const requested = await fetch(`${base}/magic-link`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) });
  expect(requested.status).toBe(200);
  const link = api.lastEmail(email)?.link ?? '';
  const page = await (await fetch(link)).text();
  api.forceNext('magic-auth', { code });
  const landed = await fetch(link, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `confirm=${/name="confirm" value="([^"]+)"/.exec(page)?.[1] ?? ''}`,
  });
  const landedAt = new URL(landed.url);
  expect(landedAt.pathname).toBe(landingPath);
  const here = location.href;
  history.replaceState(null, '', `${landedAt.pathname}${landedAt.search}`);
  try {
    const { container, unmount } = render(<MagicAuthForm {...links} />, { wrapper: serverProvider(hide) });
    await screen.findByRole('alert');
    const shown = screenOf(container);
    unmount();
    return shown;
  } finally {
    history.replaceState(null, '', here);
  }
}

const screenFor = (endpoint: SignInEndpoint, mode: Mode) =>
  endpoint === 'login'
    ? (code: string, hide: boolean) => loginScreen(mode, code, hide)
    : mode === 'direct'
      ? directMagicAuthScreen
      : serverMagicAuthScreen;

/** The codes the issue names: E002 to E005, and magic-auth's E007. */
const probed: Record<SignInEndpoint, readonly string[]> = {
  login: ['E002', 'E003', 'E004', 'E005'],
  'magic-auth': ['E002', 'E003', 'E004', 'E005', 'E007'],
};

async function screensOf(endpoint: SignInEndpoint, mode: Mode, hide: boolean): Promise<Map<string, FailureScreen>> {
  const shown = new Map<string, FailureScreen>();
  for (const code of probed[endpoint]) shown.set(code, await screenFor(endpoint, mode)(code, hide));
  return shown;
}

// Each case signs in four or five times (and server mode follows a link each time): generous on two shared cores.
const slow = { timeout: 60_000 };
const cases = [
  ['login', 'direct'],
  ['login', 'server'],
  ['magic-auth', 'direct'],
  ['magic-auth', 'server'],
] as const;

describe.each(cases)('%s in %s mode', (endpoint, mode) => {
  test('with hideAccountExistence, every probed answer shows the very same screen', slow, async () => {
    const shown = await screensOf(endpoint, mode, true);
    const answer = shown.get(hiddenAnswer);
    expect(answer?.alert).toBe(en[`error.${endpoint}.E004`]);
    expect(answer?.roles).toContain('alert');
    for (const code of probed[endpoint]) expect({ code, ...shown.get(code) }).toEqual({ code, ...answer });
  });

  test('without it, each answer guides the customer differently, as before', slow, async () => {
    const shown = await screensOf(endpoint, mode, false);
    expect(new Set([...shown.values()].map((screen) => screen.markup)).size).toBe(probed[endpoint].length);
    expect(shown.get('E005')?.actions).toEqual([`${en['action.contactSupport']} → /support`]);
    expect(shown.get('E002')?.actions).toEqual([`${en['action.register']} → /register`]);
    for (const code of probed[endpoint]) expect(shown.get(code)?.alert).toBe(en[`error.${endpoint}.${code}` as keyof typeof en]);
  });
});

test('the hidden answer reads the same in direct and server mode', { timeout: 60_000 }, async () => {
  for (const endpoint of ['login', 'magic-auth'] as const) {
    const [direct, server] = [await screenFor(endpoint, 'direct')('E005', true), await screenFor(endpoint, 'server')('E005', true)];
    expect({ alert: server.alert, actions: server.actions }).toEqual({ alert: direct.alert, actions: direct.actions });
  }
});

test('login’s E007 is not folded: it follows the password check, and a customer with the right password learns to confirm', slow, async () => {
  for (const mode of ['direct', 'server'] as const) {
    expect((await loginScreen(mode, 'E007', true)).alert).toBe(en['error.login.E007']);
  }
});
