import { loginSchema } from '../schemas/login.js';
import { magicAuthSchema } from '../schemas/magicAuth.js';
import { registerAccountSchema } from '../schemas/registerAccount.js';
import { resetPasswordSchema } from '../schemas/resetPassword.js';
import { setNewPasswordSchema } from '../schemas/setNewPassword.js';
import { endpointPaths, type Endpoint } from './endpoints.js';
import { BizKitHubError } from './errors.js';
import { parseResponse } from './parseResponse.js';
import type { BizKitHubClient, BizKitHubClientOptions, IdentityResult, RequestOptions } from './types.js';
import { validateInput } from './validateInput.js';

export const defaultBaseUrl = 'https://api.bizkithub.com';
export const defaultTimeoutMs = 15_000;
const apiKeyPattern = /^(PROD|DEV_|ROOT)[A-Za-z0-9]{28}$/;

/**
 * A client for the five BizKitHub customer endpoints. Every method resolves with typed data or
 * rejects with one `BizKitHubError`; input is checked before anything is sent; nothing is retried.
 *
 * @example
 * const client = createBizKitHubClient({ apiKey: 'DEV_…' });
 * const { identityId } = await client.login({ email, password });
 */
export function createBizKitHubClient(options: BizKitHubClientOptions = {}): BizKitHubClient {
  const { apiKey, apiKeyIn = 'query', timeoutMs = defaultTimeoutMs } = options;
  const baseUrl = (options.baseUrl ?? defaultBaseUrl).replace(/\/+$/, '');
  checkApiKey(apiKey, options.baseUrl);
  if (apiKeyIn !== 'query' && apiKeyIn !== 'header') {
    throw new TypeError(`createBizKitHubClient: apiKeyIn must be 'query' or 'header', not ${JSON.stringify(apiKeyIn)}.`);
  }
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw new TypeError('createBizKitHubClient: timeoutMs must be a positive number of milliseconds.');
  }

  async function post(endpoint: Endpoint, body: object, { signal }: RequestOptions = {}): Promise<Record<string, unknown>> {
    const fetchImpl = options.fetch ?? globalThis.fetch;
    const url = new URL(baseUrl + endpointPaths[endpoint]);
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (apiKey !== undefined) {
      if (apiKeyIn === 'header') headers.Authorization = `Bearer ${apiKey}`;
      else url.searchParams.set('apiKey', apiKey);
    }
    if (signal?.aborted) throw new BizKitHubError({ kind: 'aborted', endpoint, cause: signal.reason });

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const forwardAbort = () => controller.abort();
    signal?.addEventListener('abort', forwardAbort, { once: true });
    try {
      const response = await fetchImpl(url.toString(), {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        signal: controller.signal,
        credentials: 'same-origin',
      });
      return await parseResponse(endpoint, response);
    } catch (error) {
      if (error instanceof BizKitHubError) throw error;
      if (timedOut) throw new BizKitHubError({ kind: 'timeout', endpoint, cause: error });
      if (signal?.aborted) throw new BizKitHubError({ kind: 'aborted', endpoint, cause: signal.reason });
      throw new BizKitHubError({ kind: 'network', endpoint, cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    }
  }

  async function identity(endpoint: Endpoint, body: object, requestOptions?: RequestOptions): Promise<IdentityResult> {
    const data = await post(endpoint, body, requestOptions);
    const { identityId } = data;
    if (typeof identityId !== 'string' || identityId.trim() === '') {
      throw new BizKitHubError({ kind: 'invalid-response', endpoint, status: 200 });
    }
    return { identityId };
  }

  return {
    login: async (variables, requestOptions) =>
      identity('login', validateInput('login', loginSchema, variables), requestOptions),
    magicAuth: async (variables, requestOptions) =>
      identity('magic-auth', validateInput('magic-auth', magicAuthSchema, variables), requestOptions),
    registerAccount: async (variables, requestOptions) => {
      await post('register-account', validateInput('register-account', registerAccountSchema, variables), requestOptions);
    },
    resetPassword: async (variables, requestOptions) => {
      await post('reset-password', validateInput('reset-password', resetPasswordSchema, variables), requestOptions);
    },
    setNewPassword: async (variables, requestOptions) => {
      await post('set-new-password', validateInput('set-new-password', setNewPasswordSchema, variables), requestOptions);
    },
  };
}

function checkApiKey(apiKey: string | undefined, customBaseUrl: string | undefined): void {
  if (apiKey === undefined || apiKey === '') {
    if (customBaseUrl === undefined) {
      throw new TypeError(
        'createBizKitHubClient: an apiKey is required when calling BizKitHub directly; ' +
          'leave it out only with a baseUrl of your own proxy that adds the key on its server.',
      );
    }
    return;
  }
  if (typeof apiKey !== 'string' || !apiKeyPattern.test(apiKey)) {
    const shape = typeof apiKey === 'string' ? `${apiKey.length} characters starting with "${apiKey.slice(0, 4)}"` : typeof apiKey;
    throw new TypeError(
      `createBizKitHubClient: the apiKey is not a BizKitHub key (got ${shape}); ` +
        'a key is 32 characters: PROD, DEV_ or ROOT followed by 28 letters or digits.',
    );
  }
  if (apiKey.startsWith('ROOT') && typeof window !== 'undefined') {
    throw new TypeError(
      'createBizKitHubClient: a ROOT key has no limits and must never reach a browser; ' +
        'use a PROD or DEV_ key here, or keep the ROOT key on your server behind a proxy baseUrl.',
    );
  }
}
