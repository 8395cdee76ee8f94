import type { ClientConfig } from './config.js';
import { post } from './send.js';
import type { RequestOptions } from './types.js';

/** Server mode: your handler forgets the cookie. Direct mode: the in-memory identity is forgotten. */
export async function signOut(config: ClientConfig, requestOptions?: RequestOptions): Promise<void> {
  if (config.identity) config.identity.current = undefined;
  if (config.mode === 'server') await post(config, 'sign-out', {}, requestOptions);
}
