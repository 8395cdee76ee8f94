import { accountInfo } from './accountInfo.js';
import { createClientConfig, type ClientConfig } from './config.js';
import { fetchSession } from './fetchSession.js';
import { login } from './login.js';
import { magicAuth } from './magicAuth.js';
import { registerAccount } from './registerAccount.js';
import { requestMagicLink } from './requestMagicLink.js';
import { resetPassword } from './resetPassword.js';
import { setNewPassword } from './setNewPassword.js';
import { signOut } from './signOut.js';
import type { BizKitHubClient, BizKitHubClientOptions } from './types.js';

/**
 * A client for the BizKitHub customer endpoints: the endpoint functions (`login`,
 * `registerAccount`…) bound to one config. Every method resolves with typed data or rejects with
 * one `BizKitHubError`; input is checked before anything is sent; nothing is retried. A page that
 * needs one endpoint bundles less with that function and `createClientConfig`.
 *
 * Direct mode (`apiKey`, optionally `baseUrl`) calls BizKitHub itself; server mode (`serverUrl`)
 * calls your `createBizKitHubHandler`, which keeps the key and the session cookie on your server.
 *
 * @example
 * const client = createBizKitHubClient({ serverUrl: '/api/auth' }); // production
 * const client = createBizKitHubClient({ apiKey: 'DEV_…' });        // prototypes
 */
export function createBizKitHubClient(options: BizKitHubClientOptions = {}): BizKitHubClient {
  return bindClient(createClientConfig(options));
}

/** The endpoint functions bound to one config, as a client object. */
export function bindClient(config: ClientConfig): BizKitHubClient {
  return {
    mode: config.mode,
    login: (variables, requestOptions) => login(config, variables, requestOptions),
    magicAuth: (variables, requestOptions) => magicAuth(config, variables, requestOptions),
    registerAccount: (variables, requestOptions) => registerAccount(config, variables, requestOptions),
    resetPassword: (variables, requestOptions) => resetPassword(config, variables, requestOptions),
    setNewPassword: (variables, requestOptions) => setNewPassword(config, variables, requestOptions),
    accountInfo: (variables, requestOptions) => accountInfo(config, variables, requestOptions),
    fetchSession: (requestOptions) => fetchSession(config, requestOptions),
    requestMagicLink: (variables, requestOptions) => requestMagicLink(config, variables, requestOptions),
    signOut: (requestOptions) => signOut(config, requestOptions),
  };
}
