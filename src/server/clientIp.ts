import { isIpAddress } from '../schemas/rules.js';

/** An address as proxies write it (`203.0.113.7`, `203.0.113.7:5100`, `[2001:db8::1]:443`), or undefined. */
export function cleanIp(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let ip = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(ip);
  if (bracketed) ip = bracketed[1] ?? '';
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(ip);
  if (withPort) ip = withPort[1] ?? '';
  return ip !== '' && isIpAddress(ip) ? ip : undefined;
}

/**
 * The default `getClientIp`: the first valid address of `X-Forwarded-For`, else `X-Real-IP`.
 * Trust it only behind a proxy that overwrites these headers (see the option's JSDoc).
 */
export function defaultGetClientIp(request: Request): string | undefined {
  const forwarded = request.headers.get('x-forwarded-for');
  for (const entry of forwarded?.split(',') ?? []) {
    const ip = cleanIp(entry);
    if (ip !== undefined) return ip;
  }
  return cleanIp(request.headers.get('x-real-ip') ?? undefined);
}
