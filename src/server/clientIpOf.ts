import { isIpAddress, normalizeCustomerIp } from '../schemas/rules.js';
import type { JsonBody } from './readJsonBody.js';
import type { ResolvedOptions } from './resolveOptions.js';

/** The client's address from the one source the options trust, when it is one BizKitHub accepts. */
export function clientIpOf(request: Request, env: unknown, config: ResolvedOptions): string | undefined {
  const ip = config.clientIp(request, env);
  return typeof ip === 'string' && isIpAddress(normalizeCustomerIp(ip)) ? ip : undefined;
}

/** The browser's body with `customerRealIp` replaced by the address the server trusts (or left out). */
export function withClientIp(body: JsonBody, ip: string | undefined): JsonBody {
  const { customerRealIp: _ignored, ...rest } = body;
  return ip === undefined ? rest : { ...rest, customerRealIp: ip };
}
