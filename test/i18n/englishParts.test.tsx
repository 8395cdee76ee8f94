import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ReactElement } from 'react';
import type * as z from 'zod/mini';
import { endpointErrorCodes, type Endpoint } from '../../src/core/endpoints.js';
import { BizKitHubError } from '../../src/core/errors.js';
import type { BizKitHubClient } from '../../src/client/types.js';
import { loginFormTexts } from '../../src/components/LoginForm/texts.js';
import { magicAuthFormTexts } from '../../src/components/MagicAuthForm/texts.js';
import { registerFormTexts } from '../../src/components/RegisterForm/texts.js';
import { resetPasswordFormTexts } from '../../src/components/ResetPasswordForm/texts.js';
import { setNewPasswordFormTexts } from '../../src/components/SetNewPasswordForm/texts.js';
import { cs } from '../../src/i18n/locales/cs.js';
import type { MessageKey, MessageTexts } from '../../src/i18n/messages.js';
import { provideMessages } from '../../src/i18n/pickCatalog.js';
import {
  BizKitHubProvider,
  en,
  LoginForm,
  MagicAuthForm,
  RegisterForm,
  ResetPasswordForm,
  SetNewPasswordForm,
  SignOutButton,
  type Messages,
} from '../../src/index.js';
import { loginSchema } from '../../src/schemas/login.js';
import { magicAuthSchema } from '../../src/schemas/magicAuth.js';
import { magicLinkSchema } from '../../src/schemas/magicLink.js';
import { registerFormSchema, setNewPasswordFormSchema } from '../../src/schemas/passwordConfirmation.js';
import { resetPasswordSchema } from '../../src/schemas/resetPassword.js';

// English comes in parts (src/i18n/locales/en/), and each form imports only the parts it shows, so
// an app bundles only the English of the forms it renders. These tests hold the parts to `en`, and
// each form to showing, from its own parts, exactly what it shows with the whole catalog.

const parts = import.meta.glob<Record<string, MessageTexts>>('../../src/i18n/locales/en/*.ts', { eager: true });

describe('the parts of the English catalog', () => {
  it('together are `en`, and no key is in two parts', () => {
    const seen = new Map<string, string>();
    const union: Record<string, string> = {};
    for (const [file, exports] of Object.entries(parts)) {
      for (const part of Object.values(exports)) {
        for (const [key, text] of Object.entries(part)) {
          expect({ key, alsoIn: seen.get(key) }).toEqual({ key, alsoIn: undefined });
          seen.set(key, file);
          union[key] = text ?? '';
        }
      }
    }
    expect({ $locale: 'en', ...union }).toEqual(en);
    expect(Object.keys(en).length).toBe(seen.size + 1);
  });
});

/** Every module under src/ a file imports for its values (`import type` is erased), transitively. */
function valueImports(entry: string): Set<string> {
  const reached = new Set<string>();
  const pending = [fileURLToPath(new URL(entry, import.meta.url))];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (reached.has(file)) continue;
    reached.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier = ''] of source.matchAll(/^(?:import|export) (?!type )[^;]*?from '(\.[^']+)'/gms)) {
      const base = resolve(dirname(file), specifier.replace(/\.js$/, ''));
      const found = ['.ts', '.tsx'].map((extension) => base + extension).find((candidate) => existsSync(candidate));
      if (found === undefined) throw new Error(`${file} imports ${specifier}, which is not there`);
      pending.push(found);
    }
  }
  return new Set([...reached].map((file) => file.replace(/.*\/src\//, 'src/').replace(/\.tsx?$/, '')));
}

describe('what a form bundles', () => {
  const entries = [
    '../../src/components/LoginForm/LoginForm.tsx',
    '../../src/components/MagicAuthForm/MagicAuthForm.tsx',
    '../../src/components/RegisterForm/RegisterForm.tsx',
    '../../src/components/ResetPasswordForm/ResetPasswordForm.tsx',
    '../../src/components/SetNewPasswordForm/SetNewPasswordForm.tsx',
    '../../src/components/session/SignOutButton.tsx',
    '../../src/hooks/useErrorMessage.ts',
    '../../src/hooks/BizKitHubProvider.tsx',
  ];

  it.each(entries)('%s never imports the whole English catalog', (entry) => {
    const reached = valueImports(entry);
    expect(reached.size).toBeGreaterThan(1);
    expect([...reached].filter((path) => /^src\/i18n\/(locales\/en|catalogs|getErrorMessage|index)$/.test(path))).toEqual([]);
  });

  it('the provider bundles no English text at all', () => {
    const reached = valueImports('../../src/hooks/BizKitHubProvider.tsx');
    expect([...reached].filter((path) => path.startsWith('src/i18n/locales/'))).toEqual([]);
  });

  it('the login form bundles no text of the other forms', () => {
    const reached = [...valueImports('../../src/components/LoginForm/LoginForm.tsx')];
    expect(reached.filter((path) => /\/en\/(magicAuth|register|resetPassword|setNewPassword|session)/.test(path))).toEqual([]);
  });
});

/** Values that make each kind of field fail its check in every way it can. */
const badValues: readonly unknown[] = ['', '   ', 'x', 'not an e-mail', 'a@b', 'abc-12', '12', 'x'.repeat(300), 123, true, null, ['x'], [1], {}];

/** Every key `schema` can report for a field: what the form (and the server handler, with the same rules) may show. */
function reportableKeys(schema: z.ZodMiniType, fields: readonly string[]): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  const attempts = [
    ...badValues.map((value) => Object.fromEntries(fields.map((field) => [field, value]))),
    { password: 'one', confirmPassword: 'two' },
  ];
  for (const attempt of attempts) {
    const result = schema.safeParse(attempt);
    for (const issue of result.error?.issues ?? []) {
      const field = String(issue.path[0] ?? '');
      // A message that is no key (zod's own) is shown as `validation.invalid`, as the forms do.
      const key = Object.hasOwn(en, issue.message) ? issue.message : 'validation.invalid';
      keys.set(field, new Set([...(keys.get(field) ?? []), key]));
    }
  }
  return keys;
}

function shapeOf(schema: z.ZodMiniType): string[] {
  const def = (schema as unknown as { _zod: { def: { shape?: Record<string, unknown> } } })._zod.def;
  return Object.keys(def.shape ?? {});
}

interface FormCase {
  name: string;
  endpoint: Endpoint;
  texts: MessageTexts;
  schemas: readonly z.ZodMiniType[];
  /** The form as an app renders it, with every optional part shown, and its fields filled if given. */
  element: (defaultValues?: Record<string, string>) => ReactElement;
  /** The fields the customer fills (server errors of other fields read as the endpoint's failure). */
  fields: readonly string[];
  mode?: 'server' | 'direct';
}

const registerFields = [
  'name', 'firstName', 'lastName', 'phone', 'companyName', 'companyRegistrationNumber', 'taxIdentificationNumber',
  'streetAddress', 'city', 'cityPart', 'stateRegion', 'postalCode', 'country', 'newsletter', 'primaryLocale',
] as const;

const everyLink = { registerHref: '/register', supportHref: '/support', loginHref: '/login', resetPasswordHref: '/forgot' };

const formCases: readonly FormCase[] = [
  {
    name: 'LoginForm',
    endpoint: 'login',
    texts: loginFormTexts,
    schemas: [loginSchema],
    element: (defaultValues) => <LoginForm defaultValues={defaultValues} {...everyLink} />,
    fields: ['email', 'password'],
  },
  {
    name: 'MagicAuthForm (direct)',
    endpoint: 'magic-auth',
    texts: magicAuthFormTexts,
    schemas: [magicAuthSchema, magicLinkSchema],
    element: (defaultValues) => <MagicAuthForm defaultValues={defaultValues} fields={['firstName', 'lastName']} {...everyLink} />,
    fields: ['email', 'firstName', 'lastName'],
  },
  {
    name: 'MagicAuthForm (server)',
    endpoint: 'magic-auth',
    texts: magicAuthFormTexts,
    schemas: [magicAuthSchema, magicLinkSchema],
    element: (defaultValues) => <MagicAuthForm defaultValues={defaultValues} fields={['firstName', 'lastName']} {...everyLink} />,
    fields: ['email', 'firstName', 'lastName'],
    mode: 'server',
  },
  {
    name: 'RegisterForm',
    endpoint: 'register-account',
    texts: registerFormTexts,
    schemas: [registerFormSchema],
    element: (defaultValues) => <RegisterForm defaultValues={defaultValues} fields={registerFields} confirmPassword {...everyLink} />,
    fields: ['email', 'password', 'confirmPassword', ...registerFields],
  },
  {
    name: 'ResetPasswordForm',
    endpoint: 'reset-password',
    texts: resetPasswordFormTexts,
    schemas: [resetPasswordSchema],
    element: (defaultValues) => <ResetPasswordForm defaultValues={defaultValues} {...everyLink} />,
    fields: ['email'],
  },
  {
    name: 'SetNewPasswordForm',
    endpoint: 'set-new-password',
    texts: setNewPasswordFormTexts,
    schemas: [setNewPasswordFormSchema],
    element: (defaultValues) => <SetNewPasswordForm defaultValues={defaultValues} token="a-token" email="jan@example.com" requestNewLinkHref="/forgot" loginHref="/login" />,
    fields: ['password', 'confirmPassword'],
  },
];

/** What a customer can read or hear: the text, and the names and descriptions in attributes. */
function readable(container: HTMLElement): string[] {
  const attributes = [...container.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((element) =>
    ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
  );
  return [container.textContent ?? '', ...attributes];
}

type Outcome = { reject: BizKitHubError } | { resolve: unknown };

function fakeClient(mode: 'server' | 'direct', outcome: () => Outcome, sent: () => void = () => undefined): BizKitHubClient {
  const answer = () => {
    sent();
    const next = outcome();
    return 'reject' in next ? Promise.reject(next.reject) : Promise.resolve(next.resolve);
  };
  return {
    mode,
    login: answer,
    magicAuth: answer,
    registerAccount: answer,
    resetPassword: answer,
    setNewPassword: answer,
    requestMagicLink: answer,
    fetchSession: () => Promise.resolve({ status: 'signed-out' }),
    signOut: answer,
    accountInfo: answer,
  } as unknown as BizKitHubClient;
}

/**
 * An acceptable value for every field the customer types into, given as the form's
 * `defaultValues` so that the request is sent. (Typing them, an input event per field and per
 * render, was half of this file's time.) Choices (country, language) stay on their empty choice.
 */
function validValues(form: FormCase): Record<string, string> {
  const typed = form.fields.filter((field) => !['newsletter', 'country', 'primaryLocale'].includes(field));
  return Object.fromEntries(
    typed.map((field) => [field, field === 'email' ? 'jan@example.com' : field === 'phone' ? '+420777123456' : 'secret']),
  );
}

async function submit(container: HTMLElement) {
  const form = container.querySelector('form');
  if (!form) throw new Error('no form');
  await act(async () => {
    fireEvent.submit(form);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/**
 * The texts a form shows in one situation, under a provider with `locale` ('en': only the form's
 * own parts; `en`: the whole catalog given as an object).
 */
async function textsOf(form: FormCase, locale: string | Messages, situation: () => Promise<Outcome | 'empty'>) {
  const next = await situation();
  const outcome: Outcome = next === 'empty' ? { resolve: undefined } : next;
  let requests = 0;
  const client = fakeClient(form.mode ?? 'direct', () => outcome, () => (requests += 1));
  const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const { container, unmount } = render(
    <QueryClientProvider client={queryClient}>
      <BizKitHubProvider client={client} locale={locale}>
        {form.element(next === 'empty' ? undefined : validValues(form))}
      </BizKitHubProvider>
    </QueryClientProvider>,
  );
  await waitFor(() => expect(container.querySelector('form')).not.toBeNull());
  const before = readable(container);
  await submit(container);
  // A server mode resend and a countdown: the sent panel and the cooldown texts.
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  const after = readable(container);
  // Filled, the form sends its request, so the texts after it are the outcome's; empty, it does not.
  expect(requests > 0).toBe(next !== 'empty');
  unmount();
  queryClient.clear();
  return [...before, ...after];
}

const kinds: readonly BizKitHubError[] = [
  new BizKitHubError({ kind: 'network', endpoint: 'login' }),
  new BizKitHubError({ kind: 'timeout', endpoint: 'login' }),
  new BizKitHubError({ kind: 'rate-limit', endpoint: 'login', retryAfterMs: 90_000 }),
  new BizKitHubError({ kind: 'rate-limit', endpoint: 'login' }),
  new BizKitHubError({ kind: 'platform', endpoint: 'login', code: 'PUBLIC_API_KEY_IS_EMPTY' }),
  new BizKitHubError({ kind: 'http', endpoint: 'login', status: 503 }),
  new BizKitHubError({ kind: 'invalid-response', endpoint: 'login', status: 200 }),
];

/**
 * The server's field errors, in rounds: round n says every field's n-th reportable key (of any of
 * the form's schemas) at once, and the form shows each under its field. Every (field, key) pair is
 * shown in some round, without rendering the form once per pair.
 */
function serverRounds(form: FormCase): Array<[string, () => Promise<Outcome>]> {
  const keysOf = new Map<string, Set<string>>();
  for (const schema of form.schemas) {
    for (const [field, keys] of reportableKeys(schema, form.fields)) {
      if (form.fields.includes(field)) keysOf.set(field, new Set([...(keysOf.get(field) ?? []), ...keys]));
    }
  }
  const perField = [...keysOf].map(([field, keys]) => [field, [...keys]] as const);
  const rounds = Math.max(0, ...perField.map(([, keys]) => keys.length));
  return Array.from({ length: rounds }, (_, round): [string, () => Promise<Outcome>] => {
    const fields = Object.fromEntries(perField.flatMap(([field, keys]) => (round < keys.length ? [[field, keys[round] as string]] : [])));
    const said = Object.entries(fields).map(([field, key]) => `${field}: ${key}`).join(', ');
    return [`server says ${said}`, () => Promise.resolve({ reject: new BizKitHubError({ kind: 'validation', endpoint: form.endpoint, fields }) })];
  });
}

describe.each(formCases)('$name in English', (form) => {
  it("has the English of every key its schemas can report, of each of its endpoint's codes, and of every failure kind", () => {
    const needed = new Set<string>(['validation.invalid', 'error.unknown', 'error.validation']);
    for (const schema of form.schemas) {
      for (const keys of reportableKeys(schema, shapeOf(schema).concat('confirmPassword')).values()) for (const key of keys) needed.add(key);
    }
    const codes: readonly string[] = endpointErrorCodes[form.endpoint];
    for (const code of codes) needed.add(`error.${form.endpoint}.${code}`);
    for (const key of Object.keys(en)) if (/^(error\.[a-zA-Z]+(\.[a-zA-Z]+)?|cooldown\..+)$/.test(key)) needed.add(key);
    expect([...needed].filter((key) => !Object.hasOwn(form.texts, key))).toEqual([]);
    // The sets hold real English only.
    for (const [key, text] of Object.entries(form.texts)) expect(text).toBe(en[key as MessageKey]);
  });

  const situations: Array<[string, () => Promise<Outcome | 'empty'>]> = [
    ['empty fields', () => Promise.resolve('empty')],
    ['success', () => Promise.resolve({ resolve: { identityId: 'x', loggedIn: true } })],
    ...[...endpointErrorCodes[form.endpoint], 'E999'].map(
      (code): [string, () => Promise<Outcome>] => [
        `code ${code}`,
        () => Promise.resolve({ reject: new BizKitHubError({ kind: 'api', endpoint: form.endpoint, code }) }),
      ],
    ),
    ...kinds.map((error): [string, () => Promise<Outcome>] => [
      `${error.kind} ${error.status ?? ''}`,
      () => Promise.resolve({ reject: new BizKitHubError({ ...error, endpoint: form.endpoint }) }),
    ]),
    ...serverRounds(form),
  ];

  it.each(situations)('shows, for %s, what it shows with the whole catalog', async (_name, situation) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const own = await textsOf(form, 'en', situation);
    const whole = await textsOf(form, en, situation);
    errors.mockRestore();
    expect(own).toEqual(whole);
    expect(own.join(' ')).not.toMatch(/\b(error|validation|field|cooldown|action|password|login|magicAuth|magicLink|register|resetPassword|setNewPassword)\.(?:[a-z][\w-]*|E\d{3})/);
  });
});

describe('the overrides of an English provider', () => {
  it('replace the texts the forms bring', async () => {
    const client = fakeClient('direct', () => ({ resolve: undefined }));
    const { findByRole } = render(
      <QueryClientProvider client={new QueryClient()}>
        <BizKitHubProvider client={client} messages={{ 'login.submit': 'Log in', 'signOut.submit': 'Leave' }}>
          <LoginForm />
          <SignOutButton />
        </BizKitHubProvider>
      </QueryClientProvider>,
    );
    expect(await findByRole('button', { name: 'Log in' })).toBeInTheDocument();
    expect(await findByRole('button', { name: 'Leave' })).toBeInTheDocument();
    expect(await findByRole('heading', { name: en['login.title'] })).toBeInTheDocument();
  });
});

describe('what the provider hands its forms', () => {
  it('is the catalog resolveMessages picks, except that English is only the overrides', () => {
    expect(provideMessages(cs, undefined)).toBe(cs);
    expect(provideMessages('cs', undefined, [cs])).toBe(cs);
    expect(provideMessages('cs-CZ', undefined, [cs])).toBe(cs);
    expect(provideMessages('en', undefined, [cs])).toEqual({ $locale: 'en' });
    expect(provideMessages('en-GB', { 'login.submit': 'Log in', 'login.title': undefined })).toEqual({ $locale: 'en', 'login.submit': 'Log in' });
    expect(provideMessages('cs', { 'login.submit': 'Přihlásit' }, [cs])).toEqual({ ...cs, 'login.submit': 'Přihlásit' });
  });

  it('is English, with one development warning, for a locale with no catalog', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(provideMessages('hu-HU', undefined, [cs])).toEqual({ $locale: 'en' });
    provideMessages('hu-HU', undefined, [cs]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('"hu-HU" has no catalog');
    warn.mockRestore();
  });
});
