import type { ClientSource } from '../client/config.js';
import type { BizKitHubClient } from '../client/types.js';

// What the provider holds: the config its options made (each hook then calls just its own endpoint
// function, so a page bundles only the requests it makes), or a client object that was handed to it.

export function isClientObject(source: ClientSource): source is BizKitHubClient {
  return typeof (source as Partial<BizKitHubClient>).login === 'function';
}
