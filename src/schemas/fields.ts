import * as z from 'zod/mini';
import { isDuration } from './duration.js';

// Every `error` below is a key of the i18n catalog: the client reports it in
// `BizKitHubError.fields`, the forms translate it in the provider's locale.

const trimmed = z.pipe(
  z.string({ error: 'validation.invalid' }),
  z.transform((value) => value.trim()),
);

/** An optional text: trimmed, and left out of the request when empty. */
const optionalTrimmed = z.pipe(
  z.optional(z.string({ error: 'validation.invalid' })),
  z.transform((value) => value?.trim() || undefined),
);

function optionalText(check?: (value: string) => boolean, error = 'validation.invalid') {
  if (!check) return optionalTrimmed;
  return z.pipe(optionalTrimmed, z.optional(z.string().check(z.refine(check, { error }))));
}

export const emailField = z.pipe(
  trimmed,
  z.string().check(
    z.minLength(1, { error: 'validation.email.required', abort: true }),
    z.email({ error: 'validation.email.invalid' }),
  ),
);

/** The API's only password rule is "at least one character"; it is not trimmed. */
export const passwordField = z.string({ error: 'validation.password.required' }).check(
  z.minLength(1, { error: 'validation.password.required' }),
);

export const tokenField = z.pipe(
  z.string({ error: 'validation.token.required' }),
  z.pipe(
    z.transform((value: string) => value.trim()),
    z.string().check(z.minLength(1, { error: 'validation.token.required' })),
  ),
);

const localhostAliases = new Set(['', '::1', '0.0.0.0', 'localhost']);
const ipv4 = z.ipv4();
const ipv6 = z.ipv6();

/** Normalizes a customer IP as the platform does: `::1`, `0.0.0.0`, `localhost` and empty mean 127.0.0.1. */
export function normalizeCustomerIp(value: string): string {
  const ip = value.trim();
  return localhostAliases.has(ip.toLowerCase()) ? '127.0.0.1' : ip;
}

export function isIpAddress(value: string): boolean {
  return ipv4.safeParse(value).success || ipv6.safeParse(value).success;
}

export const customerRealIpField = z.pipe(
  z.optional(z.string({ error: 'validation.customerRealIp.invalid' })),
  z.pipe(
    z.transform((value: string | undefined) => (value === undefined ? undefined : normalizeCustomerIp(value))),
    z.optional(z.string().check(z.refine(isIpAddress, { error: 'validation.customerRealIp.invalid' }))),
  ),
);

/** `+420 777 123 456` is accepted and sent as `+420 777123456`, the form the API asks for. */
function normalizePhone(value: string): string {
  const match = /^(\+\d{1,4})\s+([\d\s]+)$/.exec(value.trim());
  return match ? `${match[1]} ${(match[2] ?? '').replace(/\s+/g, '')}` : value.trim();
}

const phonePattern = /^\+[1-9]\d{0,3} \d{4,14}$/;

export const phoneField = z.pipe(
  z.pipe(optionalTrimmed, z.transform((value) => (value === undefined ? undefined : normalizePhone(value)))),
  z.optional(z.string().check(z.regex(phonePattern, { error: 'validation.phone.invalid' }))),
);

export const referralIdField = optionalText((value) => value.length === 16, 'validation.referralId.invalid');

export const countryField = z.pipe(
  z.pipe(optionalTrimmed, z.transform((value) => value?.toUpperCase())),
  z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, { error: 'validation.country.invalid' }))),
);

export const primaryLocaleField = optionalText(
  (value) => /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/.test(value),
  'validation.primaryLocale.invalid',
);

export const returnUrlField = optionalText((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}, 'validation.returnUrl.invalid');

export const expirationTimeField = optionalText(isDuration, 'validation.expirationTime.invalid');

export const textField = optionalText();

export const newsletterField = z.optional(z.boolean({ error: 'validation.invalid' }));

export const groupsField = z.pipe(
  z.optional(z.array(z.string({ error: 'validation.invalid' }))),
  z.transform((groups) => {
    const kept = groups?.map((group) => group.trim()).filter(Boolean);
    return kept && kept.length > 0 ? kept : undefined;
  }),
);
