/** Mailboxes that ignore dots in the local part: `j.a.n.a@gmail.com` is `jana@gmail.com`. */
const dotlessDomains = new Set(['gmail.com', 'googlemail.com']);

/**
 * The mailbox an address reaches, for counting: lower-cased, any `+tag` removed from the local
 * part, and dots removed where the provider ignores them. Limits per address key on this, so
 * `Jana+1@Example.com` and `jana+2@example.com` share one count. Never sent anywhere.
 */
export function canonicalEmail(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at <= 0) return address;
  const domain = address.slice(at + 1);
  let local = address.slice(0, at);
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (dotlessDomains.has(domain)) local = local.replace(/\./g, '');
  return `${local}@${domain}`;
}
