// @vitest-environment node
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import {
  BizKitHubProvider,
  LoginForm,
  MagicAuthForm,
  RegisterForm,
  ResetPasswordForm,
  SetNewPasswordForm,
  SignedIn,
  SignedOut,
  type SessionState,
} from '../../src/index.js';
import { devKey } from '../support/keys.js';
import { createTestQueryClient, testCatalogs } from '../support/renderWithProvider.js';

/** Server rendering: a fresh QueryClient per request, no DOM, no `window`. */
function serverRender(form: ReactElement, { strict = false, locale = 'en' } = {}): string {
  const tree = (
    <QueryClientProvider client={createTestQueryClient()}>
      <BizKitHubProvider apiKey={devKey} locale={locale} catalogs={testCatalogs}>
        {form}
      </BizKitHubProvider>
    </QueryClientProvider>
  );
  return renderToString(strict ? <StrictMode>{tree}</StrictMode> : tree);
}

/** The text between tags, entities decoded enough for these forms. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every `<label for>` names an `id` that exists in the same markup. */
function labelsPointAtInputs(html: string): boolean {
  const targets = [...html.matchAll(/<label[^>]*\bfor="([^"]+)"/g)].map((match) => match[1]);
  return targets.length > 0 && targets.every((id) => html.includes(`id="${id}"`));
}

const forms: { name: string; element: ReactElement; texts: string[]; inputs: number }[] = [
  { name: 'LoginForm', element: <LoginForm resetPasswordHref="/forgot" />, texts: ['Sign in', 'E-mail', 'Password', 'Forgot your password?'], inputs: 2 },
  {
    name: 'MagicAuthForm',
    element: <MagicAuthForm fields={['firstName', 'lastName']} />,
    texts: ['Sign in with your e-mail', 'E-mail', 'First name (optional)', 'Last name (optional)', 'Continue'],
    inputs: 3,
  },
  {
    name: 'RegisterForm',
    element: <RegisterForm confirmPassword fields={['firstName', 'phone', 'newsletter']} primaryLocale="cs" />,
    texts: [
      'Create an account',
      'E-mail',
      'Password',
      'Confirm password',
      'First name (optional)',
      'Phone (optional)',
      'With the country code, such as +420 777123456.',
      'Send me news and offers by e-mail',
      'Create account',
    ],
    inputs: 6,
  },
  {
    name: 'ResetPasswordForm',
    element: <ResetPasswordForm expirationTime="1h" />,
    texts: ['Reset your password', 'E-mail', 'Send link'],
    inputs: 1,
  },
  {
    name: 'SetNewPasswordForm with a token',
    element: <SetNewPasswordForm token={'A'.repeat(32)} />,
    texts: ['Set a new password', 'New password', 'Confirm password', 'Save password'],
    // The two passwords, and the hidden username field password managers look for.
    inputs: 3,
  },
  {
    // On the server there is no URL to read: the form renders, and the browser reads ?token= after hydration.
    name: 'SetNewPasswordForm reading the token from the URL',
    element: <SetNewPasswordForm onRequestNewLink={() => undefined} />,
    texts: ['Set a new password', 'New password', 'Confirm password', 'Save password'],
    // The two passwords, and the hidden username field password managers look for.
    inputs: 3,
  },
];

test('this file really runs without a DOM', () => {
  expect(typeof window).toBe('undefined');
  expect(typeof document).toBe('undefined');
});

describe.each(forms)('$name renders on the server', ({ element, texts, inputs }) => {
  test.each([false, true])('with StrictMode: %s', (strict) => {
    let html = '';
    expect(() => {
      html = serverRender(element, { strict });
    }).not.toThrow();
    expect(typeof window).toBe('undefined');

    expect(html).toMatch(/^<(form|section) /);
    const text = visibleText(html);
    for (const expected of texts) expect(text).toContain(expected);
    expect(html.match(/<input /g) ?? []).toHaveLength(inputs);
    expect(labelsPointAtInputs(html)).toBe(true);
    // Nothing of the client-side state leaks into the first paint.
    expect(html).not.toContain('role="alert"');
    expect(html).not.toContain(devKey);
  });
});

test('before hydration a native submit posts: the password never lands in the URL', () => {
  for (const { element } of forms) {
    const formTag = serverRender(element).match(/^<form [^>]*>/)?.[0] ?? '';
    expect(formTag).toContain('method="post"');
  }
});

test('the server markup follows the provider locale', () => {
  const text = visibleText(serverRender(<RegisterForm fields={['phone']} />, { locale: 'cs' }));
  expect(text).toContain('Registrace');
  expect(text).toContain('Heslo');
  expect(text).toContain('Telefon (nepovinné)');
  expect(text).toContain('Vytvořit účet');
  expect(text).not.toContain('Create account');
});

test('the same tree renders the same markup twice (stable ids for hydration)', () => {
  const element = <RegisterForm confirmPassword fields={['firstName']} />;
  expect(serverRender(element)).toBe(serverRender(element));
});

test('a blank token prop renders the missing-link panel on the server, with its action', () => {
  const html = serverRender(<SetNewPasswordForm token=" " requestNewLinkHref="/forgot" />, { strict: true });
  expect(html).toContain('role="alert"');
  const text = visibleText(html);
  expect(text).toContain('This link is incomplete.');
  expect(text).toContain('Request a new link');
  expect(html).toContain('href="/forgot"');
  expect(html).not.toContain('<input');
});

describe('initialSession: the server’s answer is in the first HTML, so signed-out content never flashes', () => {
  const account = { cuRefNo: 'CU00000000000001', email: 'jana@example.com', firstName: 'Jana', creditBalance: 0 };
  const page = (initialSession?: SessionState) =>
    renderToString(
      <QueryClientProvider client={createTestQueryClient()}>
        <BizKitHubProvider serverUrl="/api/auth" initialSession={initialSession}>
          <SignedIn>{(signedIn) => <p>Hello, {signedIn.firstName}</p>}</SignedIn>
          <SignedOut>
            <a href="/sign-in">Sign in</a>
          </SignedOut>
        </BizKitHubProvider>
      </QueryClientProvider>,
    );

  test('signed in: the greeting, no sign-in link', () => {
    const html = page({ status: 'signed-in', account });
    expect(visibleText(html)).toBe('Hello, Jana');
  });

  test('signed out: the sign-in link, no greeting', () => {
    expect(visibleText(page({ status: 'signed-out' }))).toBe('Sign in');
  });

  test('unavailable, or not given: neither, until the browser has asked', () => {
    expect(visibleText(page({ status: 'unavailable' }))).toBe('');
    expect(visibleText(page())).toBe('');
  });
});
