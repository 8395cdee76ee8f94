import type { ClientConfig } from './config.js';
import { post } from './send.js';
import type { MagicLinkVariables, RequestOptions } from './types.js';
import { validateInput } from './validateInput.js';
import { magicLinkChecks } from '../schemas/requests.js';

/**
 * Server mode: asks your handler to e-mail a one-time sign-in link (the safe magic-auth). It
 * resolves the same way whether or not the address has an account.
 */
export async function requestMagicLink(config: ClientConfig, variables: MagicLinkVariables, requestOptions?: RequestOptions): Promise<void> {
  if (config.mode === 'direct') {
    throw new TypeError('createBizKitHubClient: magic links are sent by your server handler; use serverUrl (direct mode has magicAuth only).');
  }
  await post(config, 'magic-link', validateInput('magic-auth', magicLinkChecks, variables), requestOptions);
}
