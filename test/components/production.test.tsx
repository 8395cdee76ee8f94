/**
 * What a production build does (`process.env.NODE_ENV === 'production'`, which an app's bundler and
 * the package's dist/production/ set): errors that name what is wrong without the development
 * sentences, the customer's text where a developer would see theirs, and no development warnings
 * in the console. test/package/productionBundle.test.ts checks that the built bundles carry none of
 * the development text; this runs the same source with NODE_ENV stubbed, as it reads it when it runs.
 * (The client layer's warnings in production: test/client/browserContexts.test.ts.)
 *
 * The development warnings are once per page (per message, or per key), and this file shares its
 * modules with others: each "no warning" test gives an input no other test gives, and then shows
 * that development warns for that same input, so that the test can fail.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { BizKitHubProvider, createBizKitHubClient, en, LoginForm, ResetPasswordForm, resolveMessages, useBizKitHubClient } from '../../src/index.js';
import { FormAlert } from '../../src/components/fields/FormAlert.js';
import { cs } from '../../src/i18n/locales/cs.js';
import { startMockBizKitHub, verified } from '../support/mockServer.js';
import { createTestQueryClient, providerWrapper } from '../support/renderWithProvider.js';
import { devKey } from '../support/keys.js';
import { setupUser } from '../support/user.js';

const api = startMockBizKitHub();

let consoleError: MockInstance<typeof console.error>;
let consoleWarn: MockInstance<typeof console.warn>;

beforeEach(() => {
  vi.stubEnv('NODE_ENV', 'production');
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('createBizKitHubClient in production', () => {
  it.each([
    ['a malformed apiKey', { apiKey: 'not-a-key-0001' }, 'apiKey'],
    ['no apiKey in direct mode', {}, 'apiKey'],
    ['serverUrl with an apiKey', { serverUrl: '/api/auth', apiKey: devKey }, 'serverUrl'],
    ['an unknown apiKeyIn', { apiKey: devKey, apiKeyIn: 'cookie' }, 'apiKeyIn'],
    ['a timeout of 0', { apiKey: devKey, timeoutMs: 0 }, 'timeoutMs'],
    ['a negative maxRetryAfterMs', { apiKey: devKey, maxRetryAfterMs: -1 }, 'maxRetryAfterMs'],
    ['a baseUrl that is not http(s)', { apiKey: devKey, baseUrl: 'ftp://api.example' }, 'baseUrl'],
  ])('refuses %s by naming the option, and nothing it was given', (_case, options, option) => {
    // The whole message: nothing of what the app gave can be in it.
    let thrown: unknown;
    try {
      createBizKitHubClient(options as Parameters<typeof createBizKitHubClient>[0]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as TypeError).message).toBe(`createBizKitHubClient: invalid ${option}`);
  });
});

describe('BizKitHubError in production', () => {
  // The copy loaded here keeps production's sentences: leave a fresh graph behind for the next
  // file of this worker (the unit project shares one per worker), or its errors read as production's.
  afterAll(() => {
    vi.resetModules();
  });
  it('names the endpoint, the kind and the details, without the development sentence', async () => {
    // Its sentences are chosen when the module loads: load it again under production.
    vi.resetModules();
    const { BizKitHubError } = await import('../../src/core/errors.js');
    expect(new BizKitHubError({ kind: 'api', endpoint: 'login', code: 'E004', status: 200 }).message).toBe('BizKitHub login failed: api (E004, HTTP 200).');
    expect(new BizKitHubError({ kind: 'timeout', endpoint: 'session' }).message).toBe('BizKitHub session failed: timeout.');
    expect(new BizKitHubError({ kind: 'network', endpoint: 'login' }).message).not.toContain('could not be reached');
  });
});

describe('the React layer in production', () => {
  it('shows a misconfigured form the customer’s sentence in their language, and logs nothing', async () => {
    // A key of a length no other test gives: development logs each configuration message once.
    const misconfigured = () =>
      render(
        <QueryClientProvider client={createTestQueryClient()}>
          <BizKitHubProvider apiKey="not-a-key-of-a-length-only-this-test-gives-0000" locale="cs" catalogs={[cs]}>
            <LoginForm />
          </BizKitHubProvider>
        </QueryClientProvider>,
      );
    const { unmount } = misconfigured();
    const alert = await screen.findByRole('alert');
    // The catalog's no-break spaces as spaces, as toHaveTextContent reads the alert.
    expect(alert).toHaveTextContent(cs['error.platform.apiKey'].replace(/\s+/g, ' '));
    expect(alert).not.toHaveTextContent(/configuration error|apiKey/);
    expect(alert.closest('[data-state="config-error"]')).toHaveAttribute('lang', 'cs');
    expect(consoleError).not.toHaveBeenCalled();
    unmount();
    vi.unstubAllEnvs();
    misconfigured();
    expect(await screen.findByRole('alert')).toHaveTextContent(/configuration error/);
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('the apiKey is not a BizKitHub key'));
  });

  it('outside the provider, throws a short message', () => {
    expect(() => renderHook(() => useBizKitHubClient())).toThrow(/^BizKitHub: no <BizKitHubProvider> above$/);
  });

  it('a form part outside a form (an internal mistake) throws a short message; development says where it belongs', () => {
    expect(() => render(<FormAlert message="x" />)).toThrow(/^BizKitHub: no form$/);
    vi.unstubAllEnvs();
    expect(() => render(<FormAlert message="x" />)).toThrow('BizKitHub form parts must be rendered inside a BizKitHub form.');
  });

  it('leaves out an unsafe link without a warning', () => {
    const safe = render(<LoginForm registerHref="/register" />, { wrapper: providerWrapper() });
    expect(safe.container.querySelector('a[href="/register"]')).not.toBeNull();
    safe.unmount();
    // A scheme no other test gives (development warns once per scheme); refused like javascript:.
    const unsafe = () => render(<LoginForm registerHref="bkh-production-test:register" />, { wrapper: providerWrapper() });
    const { container, unmount } = unsafe();
    expect(screen.getByLabelText(en['field.email.label'])).toBeInTheDocument();
    expect(container.querySelector('a')).toBeNull();
    expect(container).not.toHaveTextContent(/Create one/);
    expect(consoleWarn).not.toHaveBeenCalled();
    unmount();
    vi.unstubAllEnvs();
    unsafe();
    expect(consoleWarn).toHaveBeenCalledWith(expect.stringContaining('"bkh-production-test:"'));
  });

  it('falls back to English for a locale without a catalog, without a warning', () => {
    // Locales no other test gives: development warns once per locale.
    expect(resolveMessages('fi-FI', undefined, [cs])).toBe(en);
    render(<LoginForm />, { wrapper: providerWrapper({ locale: 'sv-SE', catalogs: [cs] }) });
    expect(screen.getByRole('button', { name: en['login.submit'] })).toBeInTheDocument();
    expect(consoleWarn).not.toHaveBeenCalled();
    vi.unstubAllEnvs();
    resolveMessages('fi-FI', undefined, [cs]);
    render(<LoginForm />, { wrapper: providerWrapper({ locale: 'sv-SE', catalogs: [cs] }) });
    expect(consoleWarn).toHaveBeenCalledWith(expect.stringContaining('"fi-FI" has no catalog'));
    expect(consoleWarn).toHaveBeenCalledWith(expect.stringContaining('"sv-SE" has no catalog'));
  });

  it('refuses an invalid prop before sending, shows the generic failure, and logs nothing', async () => {
    const user = setupUser();
    const onError = vi.fn();
    render(<ResetPasswordForm expirationTime="three hours" onError={onError} />, { wrapper: providerWrapper() });
    await user.type(screen.getByLabelText(en['field.email.label']), verified.email);
    await user.click(screen.getByRole('button', { name: en['resetPassword.submit'] }));
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('alert')).toHaveTextContent(en['error.reset-password.failed']);
    expect(api.requests).toHaveLength(0);
    expect(consoleError).not.toHaveBeenCalled();
  });
});
