import { isIpAddress } from '../schemas/rules.js';

/** An address as proxies and sockets write it (`203.0.113.7`, `203.0.113.7:5100`, `[2001:db8::1]:443`, `::ffff:203.0.113.7`), or undefined. */
function cleanIp(value: string | undefined | null): string | undefined {
  if (typeof value !== 'string') return undefined;
  let ip = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(ip);
  if (bracketed) ip = bracketed[1] ?? '';
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(ip);
  if (withPort) ip = withPort[1] ?? '';
  // A dual-stack socket reports IPv4 clients as IPv4-mapped IPv6: count them as the IPv4 they are.
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) ip = mapped[1] ?? '';
  return ip !== '' && isIpAddress(ip) ? ip.toLowerCase() : undefined;
}

/**
 * The peer address of the connection, where the server adapter hands it to the handler as its
 * second argument: `@hono/node-server` and `toNodeHandler` (`{ incoming }`, Node's request), Deno's
 * `serve` (`{ remoteAddr }`), or `{ remoteAddress }` / `{ ip }` passed by your own adapter.
 * Next.js route handlers get none: there, set `trustProxyHops` or `getClientIp`.
 */
function socketAddress(env: unknown): string | undefined {
  if (typeof env !== 'object' || env === null) return undefined;
  const value = env as {
    incoming?: { socket?: { remoteAddress?: unknown } };
    remoteAddr?: { hostname?: unknown };
    remoteAddress?: unknown;
    ip?: unknown;
  };
  const candidates = [value.incoming?.socket?.remoteAddress, value.remoteAddr?.hostname, value.remoteAddress, value.ip];
  for (const candidate of candidates) {
    if (typeof candidate === 'string') return cleanIp(candidate);
  }
  return undefined;
}

/**
 * The client's address with `hops` trusted proxies in front of this server: the `hops`-th
 * `X-Forwarded-For` entry from the right (each proxy appends the address it saw). Entries to the
 * left of it are whatever the client typed and are never read. Fewer entries than `hops` (a request
 * that did not pass the proxies) or a malformed entry at that place: unknown.
 */
export function forwardedAddress(request: Request, hops: number): string | undefined {
  const header = request.headers.get('x-forwarded-for');
  if (header === null) return undefined;
  const entries = header.split(',').map((entry) => entry.trim());
  const entry = entries[entries.length - hops];
  return entries.length - hops < 0 ? undefined : cleanIp(entry);
}

/**
 * The address the handler uses by default with `trustProxyHops: 0`: the connection's peer
 * address when the adapter gives it (see `socketAddress`), never a header a client can write.
 */
export function defaultGetClientIp(_request: Request, env?: unknown): string | undefined {
  return socketAddress(env);
}

/** The bucket an address is counted in: an IPv4 address, or an IPv6 address's /64 (one customer's network). */
export function addressBucket(ip: string | undefined): string {
  if (ip === undefined) return 'unknown';
  if (!ip.includes(':')) return ip;
  // Expand `::` so that the first four groups are the /64 prefix.
  const [head = '', tail] = ip.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  // An embedded IPv4 (`::ffff:1.2.3.4`) takes two groups; it only ever sits in the last 64 bits.
  const rightGroups = right.reduce((count, group) => count + (group.includes('.') ? 2 : 1), 0);
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - rightGroups)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((group) => Number.parseInt(group || '0', 16).toString(16)).join(':')}::/64`;
}
