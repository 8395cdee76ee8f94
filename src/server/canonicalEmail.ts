/** Mailboxes that ignore dots in the local part: `j.a.n.a@gmail.com` is `jana@gmail.com`. */
const dotlessDomains = new Set(['gmail.com']);
/** Domains that deliver to another one's mailboxes: `jana@googlemail.com` is `jana@gmail.com`. */
const domainAliases = new Map([['googlemail.com', 'gmail.com']]);
/** Characters that cannot be in a host name: such a domain is kept as typed (it fails validation anyway). */
const notAHost = /[\s/?#@:\\%[\]]/;

/**
 * A domain as ASCII, as the WHATWG URL parser writes a host (UTS #46: Unicode mapping, lower case,
 * IDN to punycode), which is what Node's `domainToASCII` does too; the parser is used because it
 * runs on every server runtime (workers, Deno, Bun) without `node:url`.
 */
function asciiDomain(domain: string): string {
  if (domain === '' || notAHost.test(domain)) return domain;
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return domain;
  }
}

/**
 * The mailbox an address reaches, for counting: the key of every limit per address, the sign-in
 * lock and the hiding of which accounts exist, so that no spelling of one mailbox gets a count of
 * its own. Unicode NFKC (fullwidth `ｊａｎａ＠ｅｘａｍｐｌｅ．ｃｏｍ` is `jana@example.com`), trimmed,
 * lower-cased, the domain as ASCII (IDN to punycode) without a trailing dot, any `+tag` removed,
 * `googlemail.com` read as `gmail.com` and dots removed where the provider ignores them. BizKitHub
 * normalizes addresses at least this far (NFKC, case, IDN), so two spellings it treats as one
 * account always share one key here. Never sent anywhere.
 */
export function canonicalEmail(email: string): string {
  const address = email.normalize('NFKC').trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at <= 0) return address;
  const typedDomain = asciiDomain(address.slice(at + 1).trim()).replace(/\.+$/, '');
  const domain = domainAliases.get(typedDomain) ?? typedDomain;
  let local = address.slice(0, at).trim();
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (dotlessDomains.has(domain)) local = local.replace(/\./g, '');
  return `${local}@${domain}`;
}
