import type { ClientConfig } from './config.js';
import { BizKitHubError } from '../core/errors.js';
import { post } from './send.js';
import { identityIdPattern, type IdentityResult } from '../core/session.js';
import type { RequestOptions } from './types.js';

/** Login and magic-auth: the identity is checked for shape, and kept only where the config keeps one. */
export async function postForIdentity(
  config: ClientConfig,
  endpoint: 'login' | 'magic-auth',
  body: object,
  requestOptions?: RequestOptions,
): Promise<IdentityResult> {
  const data = await post(config, endpoint, body, requestOptions);
  if (config.mode === 'server') return { mode: 'server' };
  const { identityId } = data;
  if (typeof identityId !== 'string' || !identityIdPattern.test(identityId)) {
    throw new BizKitHubError({ kind: 'invalid-response', endpoint, status: 200 });
  }
  if (config.identity) config.identity.current = identityId;
  return { mode: 'direct', identityId };
}
