import { customerReference } from './customerReference.js';
import type { MockAccountSeed } from './types.js';
import { normalizeEmail } from './validate.js';

/** An account as the emulated platform keeps it. */
export interface StoredAccount {
  email: string;
  password: string | undefined;
  previousPasswords: string[];
  verified: boolean;
  banned: boolean;
  firstName: string | undefined;
  lastName: string | undefined;
  cuRefNo: string;
  creditBalance: number;
  premium: boolean | undefined;
  companyName: string | undefined;
  phone: string | undefined;
  profile: Record<string, unknown>;
  /** When register-account last accepted a registration of this (still unverified) account. */
  lastRegistrationAt: number | undefined;
}

/** Register-account fields that are not kept in `profile`. */
export const nonProfileFields = new Set(['email', 'password', 'firstName', 'lastName', 'customerRealIp', 'returnUrl']);

/** A new, unverified account of `email` with nothing filled in. */
export function newAccount(email: string): StoredAccount {
  return {
    email,
    password: undefined,
    previousPasswords: [],
    verified: false,
    banned: false,
    firstName: undefined,
    lastName: undefined,
    cuRefNo: customerReference(email),
    creditBalance: 0,
    premium: undefined,
    companyName: undefined,
    phone: undefined,
    profile: {},
    lastRegistrationAt: undefined,
  };
}

export function checkSeed(seed: MockAccountSeed): void {
  if (seed.cuRefNo !== undefined && seed.cuRefNo.length !== 16) {
    throw new TypeError(`MockBizKitHub: the cuRefNo of ${seed.email} must be exactly 16 characters.`);
  }
  if (seed.creditBalance !== undefined && !Number.isFinite(seed.creditBalance)) {
    throw new TypeError(`MockBizKitHub: the creditBalance of ${seed.email} must be a finite number.`);
  }
}

/** The account a seed describes (verified unless it says otherwise). */
export function accountFromSeed(seed: MockAccountSeed): StoredAccount {
  const email = normalizeEmail(seed.email);
  return {
    ...newAccount(email),
    password: seed.password,
    previousPasswords: [...(seed.previousPasswords ?? [])],
    verified: seed.verified ?? true,
    banned: seed.banned ?? false,
    firstName: seed.firstName,
    lastName: seed.lastName,
    cuRefNo: seed.cuRefNo ?? customerReference(email),
    creditBalance: seed.creditBalance ?? 0,
    premium: seed.premium,
    companyName: seed.companyName,
    phone: seed.phone,
  };
}
