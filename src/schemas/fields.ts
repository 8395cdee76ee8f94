import * as z from 'zod/mini';
import { isDuration } from './duration.js';
import {
  canonicalLocale,
  countryPattern,
  emailPattern,
  isHttpUrl,
  isIpAddress,
  isNormalizedPhone,
  normalizeCustomerIp,
  normalizePhone,
  toAsciiEmail,
} from './rules.js';

export { callingCodes, canonicalLocale, isIpAddress, normalizeCustomerIp, normalizePhone, toAsciiEmail } from './rules.js';

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
  z.pipe(trimmed, z.transform(toAsciiEmail)),
  z.string().check(
    z.minLength(1, { error: 'validation.email.required', abort: true }),
    z.maxLength(254, { error: 'validation.email.invalid', abort: true }),
    z.regex(emailPattern, { error: 'validation.email.invalid' }),
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

export const customerRealIpField = z.pipe(
  z.optional(z.string({ error: 'validation.customerRealIp.invalid' })),
  z.pipe(
    z.transform((value: string | undefined) => (value === undefined ? undefined : normalizeCustomerIp(value))),
    z.optional(z.string().check(z.refine(isIpAddress, { error: 'validation.customerRealIp.invalid' }))),
  ),
);

export const phoneField = z.pipe(
  z.pipe(optionalTrimmed, z.transform((value) => (value === undefined ? undefined : normalizePhone(value)))),
  z.optional(z.string().check(z.refine(isNormalizedPhone, { error: 'validation.phone.invalid' }))),
);

export const referralIdField = optionalText((value) => value.length === 16, 'validation.referralId.invalid');

export const countryField = z.pipe(
  z.pipe(optionalTrimmed, z.transform((value) => value?.toUpperCase())),
  z.optional(z.string().check(z.regex(countryPattern, { error: 'validation.country.invalid' }))),
);

export const primaryLocaleField = z.pipe(
  z.pipe(optionalTrimmed, z.transform((value) => (value === undefined ? undefined : (canonicalLocale(value) ?? value)))),
  z.optional(
    z.string().check(z.refine((value) => canonicalLocale(value) === value, { error: 'validation.primaryLocale.invalid' })),
  ),
);

export const returnUrlField = optionalText(isHttpUrl, 'validation.returnUrl.invalid');

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
