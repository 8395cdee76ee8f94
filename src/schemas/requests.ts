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

// Every request field's rule, with no zod: the client and the server handler check requests with
// these alone, and the zod schemas the forms' resolver uses (fields.ts) wrap the same functions, so a
// rule is written once. Why not zod here: it costs about 6 kB gzip, which every app paid through the
// client even when it renders no form. A seeded property test holds the client's checks and the
// exported zod schemas to one answer for any input (test/client/requestChecks.test.ts).

/** A field's answer: its normalized value (undefined leaves it out of the request), or a catalog key. */
export type Outcome = { value: unknown } | { error: string };

/** One field's rule; `value` is undefined when the field is missing. */
export type FieldCheck = (value: unknown) => Outcome;

/** The fields of one request, in the order the zod schema lists them. */
export type RequestChecks = Readonly<Record<string, FieldCheck>>;

/** The normalized request, or the catalog key of each bad field's first problem. */
export type CheckResult = { ok: true; data: Record<string, unknown> } | { ok: false; fields: Record<string, string> };

const invalid = 'validation.invalid';

function fail(error: string): Outcome {
  return { error };
}

/** An optional text: trimmed, and left out of the request when empty. */
function optionalTrimmed(value: unknown): Outcome {
  if (value === undefined) return { value };
  if (typeof value !== 'string') return fail(invalid);
  return { value: value.trim() || undefined };
}

/** An optional text, normalized by `normalize`, then held to `check`. */
/* @__NO_SIDE_EFFECTS__ */
function optionalText(check: (value: string) => boolean, error: string, normalize = (value: string) => value): FieldCheck {
  return (raw) => {
    const outcome = optionalTrimmed(raw);
    if (!('value' in outcome) || outcome.value === undefined) return outcome;
    const value = normalize(outcome.value as string);
    return check(value) ? { value } : fail(error);
  };
}

export function email(raw: unknown): Outcome {
  if (typeof raw !== 'string') return fail(invalid);
  const value = toAsciiEmail(raw.trim());
  if (value.length < 1) return fail('validation.email.required');
  return value.length <= 254 && emailPattern.test(value) ? { value } : fail('validation.email.invalid');
}

/** The API's only password rule is "at least one character"; it is not trimmed. */
export function password(value: unknown): Outcome {
  return typeof value === 'string' && value.length > 0 ? { value } : fail('validation.password.required');
}

export function token(raw: unknown): Outcome {
  const value = typeof raw === 'string' ? raw.trim() : '';
  return value.length > 0 ? { value } : fail('validation.token.required');
}

export function customerRealIp(raw: unknown): Outcome {
  if (raw === undefined) return { value: raw };
  const value = typeof raw === 'string' ? normalizeCustomerIp(raw) : '';
  return isIpAddress(value) ? { value } : fail('validation.customerRealIp.invalid');
}

export const text: FieldCheck = optionalTrimmed;

export function newsletter(value: unknown): Outcome {
  return value === undefined || typeof value === 'boolean' ? { value } : fail(invalid);
}

export function groups(value: unknown): Outcome {
  if (value === undefined) return { value };
  if (!Array.isArray(value) || !value.every((group) => typeof group === 'string')) return fail(invalid);
  const kept = (value as string[]).map((group) => group.trim()).filter(Boolean);
  return { value: kept.length > 0 ? kept : undefined };
}

export const referralId = optionalText((value) => value.length === 16, 'validation.referralId.invalid');

export const expirationTime = optionalText(isDuration, 'validation.expirationTime.invalid');

export const phone = optionalText(isNormalizedPhone, 'validation.phone.invalid', normalizePhone);

export const country = optionalText((value) => countryPattern.test(value), 'validation.country.invalid', (value) => value.toUpperCase());

export const primaryLocale = optionalText(
  (value) => canonicalLocale(value) === value,
  'validation.primaryLocale.invalid',
  (value) => canonicalLocale(value) ?? value,
);

export const returnUrl = optionalText(isHttpUrl, 'validation.returnUrl.invalid');

/** Checks `input` field by field: the first problem of each bad field, or the normalized request. */
export function checkRequest(checks: RequestChecks, input: unknown): CheckResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, fields: { input: invalid } };
  const data: Record<string, unknown> = {};
  const fields: Record<string, string> = {};
  for (const [name, check] of Object.entries(checks)) {
    const raw: unknown = (input as Record<string, unknown>)[name];
    const outcome = check(raw);
    if ('error' in outcome) fields[name] = outcome.error;
    // A missing optional field stays missing; one that normalized to nothing is sent as undefined
    // (JSON leaves both out).
    else if (raw !== undefined || name in input) data[name] = outcome.value;
  }
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, data };
}

export const loginChecks: RequestChecks = { email, password, customerRealIp };

export const magicAuthChecks: RequestChecks = { email, firstName: text, lastName: text, customerRealIp, referralId };

/** A magic-link request to your server handler: the e-mail to prove, the optional names, where to land. */
export const magicLinkChecks: RequestChecks = { email, firstName: text, lastName: text, returnTo: text, locale: text };

export const resetPasswordChecks: RequestChecks = { email, expirationTime, customerRealIp };

export const setNewPasswordChecks: RequestChecks = { token, password, customerRealIp };

export const registerAccountChecks: RequestChecks = {
  email,
  password,
  name: text,
  firstName: text,
  lastName: text,
  phone,
  companyName: text,
  companyRegistrationNumber: text,
  taxIdentificationNumber: text,
  streetAddress: text,
  city: text,
  cityPart: text,
  stateRegion: text,
  postalCode: text,
  country,
  newsletter,
  primaryLocale,
  groups,
  customerRealIp,
  referralId,
  returnUrl,
};
