import type { ClientConfig } from './config.js';
import type { IdentityResult } from '../core/session.js';
import { postForIdentity } from './postForIdentity.js';
import type { LoginVariables, RequestOptions } from './types.js';
import { validateInput } from './validateInput.js';
import { loginChecks } from '../schemas/requests.js';

/**
 * Signs a customer in with e-mail and password. Input is checked before anything is sent; the
 * answer is typed data or one `BizKitHubError`.
 *
 * @example
 * const config = createClientConfig({ serverUrl: '/api/auth' });
 * await login(config, { email: 'jana@example.com', password });
 */
export async function login(config: ClientConfig, variables: LoginVariables, requestOptions?: RequestOptions): Promise<IdentityResult> {
  return postForIdentity(config, 'login', validateInput('login', loginChecks, variables), requestOptions);
}
