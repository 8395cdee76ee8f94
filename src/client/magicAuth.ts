import type { ClientConfig } from './config.js';
import type { IdentityResult } from '../core/session.js';
import { postForIdentity } from './postForIdentity.js';
import type { MagicAuthVariables, RequestOptions } from './types.js';
import { validateInput } from './validateInput.js';
import { magicAuthChecks } from '../schemas/requests.js';

/**
 * Signs a customer in (or up) by e-mail alone, with no proof that the address is theirs: call it
 * only after you proved that yourself. Storefronts use `requestMagicLink` in server mode instead.
 */
export async function magicAuth(config: ClientConfig, variables: MagicAuthVariables, requestOptions?: RequestOptions): Promise<IdentityResult> {
  // The handler has no magic-auth route (see handlerRoutes): say so here, not with its 404. The
  // sentence is for developers; production builds keep a short form.
  if (config.mode === 'server') {
    throw new TypeError(
      process.env.NODE_ENV !== 'production'
        ? 'createBizKitHubClient: your server handler never forwards magic-auth; in server mode use requestMagicLink.'
        : 'magicAuth in server mode',
    );
  }
  return postForIdentity(config, 'magic-auth', validateInput('magic-auth', magicAuthChecks, variables), requestOptions);
}
