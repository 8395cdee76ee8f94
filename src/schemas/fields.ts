import * as z from 'zod/mini';
import {
  country,
  customerRealIp,
  email,
  expirationTime,
  groups,
  newsletter,
  password,
  phone,
  primaryLocale,
  referralId,
  returnUrl,
  text,
  token,
  type FieldCheck,
} from './requests.js';

// The zod fields of the exported request schemas and the forms' resolver. Each is the field's type
// (`head`, with the catalog key for a value of the wrong type) followed by the very check the client
// runs (requests.ts): one rule, one normalization and one catalog key per field for both. Every
// `error` is a key of the i18n catalog: the client reports it in `BizKitHubError.fields`, the forms
// translate it in the provider's locale.

/**
 * `head`, then `check`: its normalized value, or an issue whose message is the check's catalog key.
 * One plain check on `head` that both reports and normalizes, not a pipe into a transform: the same
 * answers, zod's pipe and transform schemas stay out of every form's bundle, and the rule runs once
 * per parse, as the client's check runs it once per request.
 */
/* @__NO_SIDE_EFFECTS__ */
function checked<T>(head: z.ZodMiniType<T, T>, check: FieldCheck) {
  return head.check(
    z.check<T>((context) => {
      const outcome = check(context.value);
      if ('error' in outcome) context.issues.push({ code: 'custom', message: outcome.error, input: context.value });
      // A failed check leaves the value as typed, so an object-level check that runs anyway (the
      // password confirmation) compares what the customer typed, not a placeholder.
      else context.value = outcome.value as T;
    }),
  );
}

/**
 * An optional field: missing or `undefined` is left out; anything else goes through `checked` (which
 * may still normalize it to nothing, such as a blank text).
 */
/* @__NO_SIDE_EFFECTS__ */
function optional<T>(head: z.ZodMiniType<T, T>, check: FieldCheck) {
  return z.optional(checked(head, check));
}

/* @__NO_SIDE_EFFECTS__ */
function optionalString(check: FieldCheck, error = 'validation.invalid') {
  return optional(z.string({ error }), check);
}

/** Trimmed, converted to ASCII (`jan@bücher.de` → `jan@xn--bcher-kva.de`), at most 254 characters. */
export const emailField = checked(z.string({ error: 'validation.invalid' }), email);

/** The API's only password rule is "at least one character"; it is not trimmed. */
export const passwordField = checked(z.string({ error: 'validation.password.required' }), password);

export const tokenField = checked(z.string({ error: 'validation.token.required' }), token);

export const customerRealIpField = optionalString(customerRealIp, 'validation.customerRealIp.invalid');

export const phoneField = optionalString(phone);

export const referralIdField = optionalString(referralId);

export const countryField = optionalString(country);

export const primaryLocaleField = optionalString(primaryLocale);

export const returnUrlField = optionalString(returnUrl);

export const expirationTimeField = optionalString(expirationTime);

/** An optional text: trimmed, and left out of the request when empty. */
export const textField = optionalString(text);

export const newsletterField = optional(z.boolean({ error: 'validation.invalid' }), newsletter);

export const groupsField = optional(z.array(z.string({ error: 'validation.invalid' })), groups);
