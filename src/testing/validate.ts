import { isDuration } from '../schemas/duration.js';
import { isIpAddress, normalizeCustomerIp } from '../schemas/rules.js';
import type { MockCustomerEndpoint } from './types.js';

/** A JSON object body, after the endpoint's field checks. */
export type RequestFields = Readonly<Record<string, unknown>>;

type FieldCheck = (value: unknown) => boolean;

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

const checks = {
  email: (value: unknown) => isString(value) && emailPattern.test(value.trim()),
  password: (value: unknown) => isString(value) && value.length >= 1,
  token: (value: unknown) => isString(value) && value.trim().length >= 1,
  text: isString,
  boolean: (value: unknown) => typeof value === 'boolean',
  strings: (value: unknown) => Array.isArray(value) && value.every(isString),
  // The platform's own rule, which the client's schema states once for both sides.
  ip: (value: unknown) => isString(value) && isIpAddress(normalizeCustomerIp(value)),
  referralId: (value: unknown) => isString(value) && value.length === 16,
  duration: (value: unknown) => isString(value) && isDuration(value),
} satisfies Record<string, FieldCheck>;

interface EndpointFields {
  required: Record<string, FieldCheck>;
  optional: Record<string, FieldCheck>;
}

const endpointFields: Record<MockCustomerEndpoint, EndpointFields> = {
  login: {
    required: { email: checks.email, password: checks.password },
    optional: { customerRealIp: checks.ip },
  },
  'magic-auth': {
    required: { email: checks.email },
    optional: {
      firstName: checks.text,
      lastName: checks.text,
      customerRealIp: checks.ip,
      referralId: checks.referralId,
    },
  },
  'register-account': {
    required: { email: checks.email, password: checks.password },
    optional: {
      name: checks.text,
      firstName: checks.text,
      lastName: checks.text,
      phone: checks.text,
      companyName: checks.text,
      companyRegistrationNumber: checks.text,
      taxIdentificationNumber: checks.text,
      streetAddress: checks.text,
      city: checks.text,
      cityPart: checks.text,
      stateRegion: checks.text,
      postalCode: checks.text,
      country: checks.text,
      newsletter: checks.boolean,
      primaryLocale: checks.text,
      groups: checks.strings,
      customerRealIp: checks.ip,
      referralId: checks.referralId,
      returnUrl: checks.text,
    },
  },
  'reset-password': {
    required: { email: checks.email },
    optional: { expirationTime: checks.duration, customerRealIp: checks.ip },
  },
  'set-new-password': {
    required: { token: checks.token, password: checks.password },
    optional: { customerRealIp: checks.ip },
  },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The body's fields when it is a JSON object whose required fields are present and every known
 * field has the documented type/format (`null` counts as absent for optional fields); else `undefined`.
 * Unknown fields are ignored, as a lenient server would.
 */
export function validateBody(endpoint: MockCustomerEndpoint, body: unknown): RequestFields | undefined {
  if (!isRecord(body)) return undefined;
  const { required, optional } = endpointFields[endpoint];
  for (const [name, check] of Object.entries(required)) {
    if (!check(body[name])) return undefined;
  }
  for (const [name, check] of Object.entries(optional)) {
    const value = body[name];
    if (value !== undefined && value !== null && !check(value)) return undefined;
  }
  return body;
}

/** The emulator's (lenient) e-mail address check. */
export function isEmailAddress(value: unknown): value is string {
  return checks.email(value);
}

/** Trim + lower-case: how the emulator compares e-mail addresses. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A string field of an already validated body. */
export function stringField(fields: RequestFields, name: string): string | undefined {
  const value = fields[name];
  return typeof value === 'string' ? value : undefined;
}
