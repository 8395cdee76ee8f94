import { parseDuration } from '../schemas/duration.js';
import { customerReference } from './customerReference.js';
import { randomAlphanumeric } from './random.js';
import type {
  MockAccount,
  MockAccountSeed,
  MockCustomerEndpoint,
  MockDelivery,
  MockEmail,
  MockSession,
} from './types.js';
import { isEmailAddress, normalizeEmail, stringField, type RequestFields } from './validate.js';

/** Failed logins (E004) of one e-mail within this window throttle it. */
export const throttleWindowMs = 15 * 60_000;
/** This many failures within the window: every further attempt answers E006. */
export const throttleLimit = 5;
/** An unverified registration can be repeated once per this long. */
export const registrationCooldownMs = 10 * 60_000;
/** Validity of a reset token when the request names no `expirationTime`. */
export const defaultResetExpirationMs = 60 * 60_000;
/** An identityId is valid about three months. */
export const sessionLifetimeMs = 90 * 24 * 60 * 60_000;

const defaultLinkOrigin = 'https://shop.example';

/** Where the e-mailed links lead (see `MockBizKitHubOptions.shopUrl`). */
export interface MockLinks {
  /** The shop, without a trailing slash: reset links go to `${shopUrl}/set-new-password#token=…`. */
  shopUrl?: string | undefined;
  /** The mock server's confirmation route: confirmation links go to `${confirmationUrl}?token=…`. */
  confirmationUrl?: string | undefined;
}

/** What following a confirmation link found. */
export interface Confirmation {
  /** Where the customer goes next: the registration's `returnUrl`, else the shop; `undefined` when neither is known. */
  readonly next: string | undefined;
}

/** What an endpoint answers, before it becomes an HTTP response. */
export type EndpointResult =
  | { ok: true; body: Readonly<Record<string, unknown>> }
  | { ok: false; code: string };

interface StoredAccount {
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

interface PendingVerification {
  email: string;
  /** The registration's absolute http(s) `returnUrl`, if it sent one. */
  returnUrl: string | undefined;
}

interface ResetRequest {
  email: string;
  expiresAt: number;
}

/** Register-account fields that are not kept in `profile`. */
const nonProfileFields = new Set(['email', 'password', 'firstName', 'lastName', 'customerRealIp', 'returnUrl']);

const fail = (code: string): EndpointResult => ({ ok: false, code });
const succeed = (body: Readonly<Record<string, unknown>> = { success: true }): EndpointResult => ({ ok: true, body });

function newAccount(email: string): StoredAccount {
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

function checkSeed(seed: MockAccountSeed): void {
  if (seed.cuRefNo !== undefined && seed.cuRefNo.length !== 16) {
    throw new TypeError(`MockBizKitHub: the cuRefNo of ${seed.email} must be exactly 16 characters.`);
  }
  if (seed.creditBalance !== undefined && !Number.isFinite(seed.creditBalance)) {
    throw new TypeError(`MockBizKitHub: the creditBalance of ${seed.email} must be a finite number.`);
  }
}

/** The `token` query value of an absolute http(s) link; `undefined` when the link is not one. */
function linkToken(link: string): string | undefined {
  try {
    const url = new URL(link);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.searchParams.get('token') ?? '';
  } catch {
    return undefined;
  }
}

/** The URL when it is an absolute http(s) one. */
function httpUrl(value: string | undefined): URL | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The emulated platform's state and the rules of the five endpoints. */
export class MockStore {
  private readonly accounts = new Map<string, StoredAccount>();
  private readonly verificationTokens = new Map<string, PendingVerification>();
  private readonly resetRequests = new Map<string, ResetRequest>();
  private readonly failures = new Map<string, number[]>();
  private readonly issuedSessions = new Map<string, MockSession>();
  private readonly emails: MockEmail[] = [];
  private emailCounter = 0;

  constructor(
    private readonly now: () => number,
    private readonly links: MockLinks = {},
  ) {}

  /** Forgets everything. */
  clear(): void {
    this.accounts.clear();
    this.verificationTokens.clear();
    this.resetRequests.clear();
    this.failures.clear();
    this.issuedSessions.clear();
    this.emails.length = 0;
    this.emailCounter = 0;
  }

  seed(seeds: readonly MockAccountSeed[]): void {
    seeds.forEach(checkSeed);
    for (const seed of seeds) {
      const email = normalizeEmail(seed.email);
      this.accounts.set(email, {
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
      });
    }
  }

  get outbox(): readonly MockEmail[] {
    return [...this.emails];
  }

  lastEmail(to?: string): MockEmail | undefined {
    const address = to === undefined ? undefined : normalizeEmail(to);
    for (let index = this.emails.length - 1; index >= 0; index -= 1) {
      const email = this.emails[index];
      if (email && (address === undefined || email.to === address)) return email;
    }
    return undefined;
  }

  getAccount(email: string): MockAccount | undefined {
    const account = this.accounts.get(normalizeEmail(email));
    if (!account) return undefined;
    return Object.freeze({
      email: account.email,
      password: account.password,
      previousPasswords: Object.freeze([...account.previousPasswords]),
      verified: account.verified,
      banned: account.banned,
      firstName: account.firstName,
      lastName: account.lastName,
      cuRefNo: account.cuRefNo,
      creditBalance: account.creditBalance,
      premium: account.premium,
      companyName: account.companyName,
      phone: account.phone,
      profile: Object.freeze(structuredClone(account.profile)),
    });
  }

  verify(token: string): boolean {
    return this.confirm(token) !== undefined;
  }

  /** Follows a confirmation link; `undefined` for an unknown or already used token. */
  confirm(token: string): Confirmation | undefined {
    const pending = this.verificationTokens.get(token);
    if (pending === undefined) return undefined;
    this.verificationTokens.delete(token);
    const account = this.accounts.get(pending.email);
    if (!account) return undefined;
    account.verified = true;
    account.lastRegistrationAt = undefined;
    return { next: pending.returnUrl ?? (this.links.shopUrl === undefined ? undefined : `${this.links.shopUrl}/`) };
  }

  sessions(email?: string): readonly MockSession[] {
    const address = email === undefined ? undefined : normalizeEmail(email);
    const now = this.now();
    return [...this.issuedSessions.values()].filter(
      (session) => now < session.expiresAt && (address === undefined || session.email === address),
    );
  }

  revokeSessions(email: string): number {
    const address = normalizeEmail(email);
    let ended = 0;
    for (const [identityId, session] of this.issuedSessions) {
      if (session.email !== address) continue;
      this.issuedSessions.delete(identityId);
      if (this.now() < session.expiresAt) ended += 1;
    }
    return ended;
  }

  deliver(mail: MockDelivery): MockEmail {
    const to = isEmailAddress(mail.to) ? normalizeEmail(mail.to) : undefined;
    if (to === undefined) throw new TypeError('MockBizKitHub.deliver: `to` must be an e-mail address.');
    if (mail.kind !== 'magic-link') throw new TypeError("MockBizKitHub.deliver: `kind` must be 'magic-link'.");
    const token = typeof mail.link === 'string' ? linkToken(mail.link) : undefined;
    if (token === undefined) throw new TypeError('MockBizKitHub.deliver: `link` must be an absolute http(s) URL.');
    if (mail.expiresAt !== undefined && !Number.isFinite(mail.expiresAt)) {
      throw new TypeError('MockBizKitHub.deliver: `expiresAt` must be a number of milliseconds.');
    }
    return this.send({
      to,
      kind: 'magic-link',
      token,
      link: mail.link,
      sentAt: this.now(),
      ...(mail.expiresAt === undefined ? {} : { expiresAt: mail.expiresAt }),
    });
  }

  /** What account-info answers for this identityId. */
  accountInfo(identityId: string | undefined): Readonly<Record<string, unknown>> {
    const session = identityId ? this.issuedSessions.get(identityId) : undefined;
    if (!session || this.now() >= session.expiresAt) return { loggedIn: false };
    const account = this.accounts.get(session.email);
    if (!account) return { loggedIn: false };
    const optional = { phone: account.phone, firstName: account.firstName, lastName: account.lastName, companyName: account.companyName, premium: account.premium };
    return {
      loggedIn: true,
      identityId: session.identityId,
      cuRefNo: account.cuRefNo,
      creditBalance: account.creditBalance,
      email: account.email,
      ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
      ...(account.banned ? { ban: true } : {}),
    };
  }

  /** Runs an endpoint on a validated body. */
  handle(endpoint: MockCustomerEndpoint, fields: RequestFields): EndpointResult {
    switch (endpoint) {
      case 'login':
        return this.login(fields);
      case 'magic-auth':
        return this.magicAuth(fields);
      case 'register-account':
        return this.registerAccount(fields);
      case 'reset-password':
        return this.resetPassword(fields);
      case 'set-new-password':
        return this.setNewPassword(fields);
    }
  }

  private login(fields: RequestFields): EndpointResult {
    const email = normalizeEmail(stringField(fields, 'email') ?? '');
    const account = this.accounts.get(email);
    if (!account) return fail('E002');
    if (account.password === undefined) return fail('E003');
    if (account.banned) return fail('E005');
    if (this.isThrottled(email)) return fail('E006');
    if (account.password !== stringField(fields, 'password')) {
      this.recordFailure(email);
      return fail('E004');
    }
    if (!account.verified) return fail('E007');
    this.failures.delete(email);
    return succeed({ success: true, identityId: this.issueSession(email, 'login') });
  }

  private magicAuth(fields: RequestFields): EndpointResult {
    const email = normalizeEmail(stringField(fields, 'email') ?? '');
    const account = this.accounts.get(email);
    if (!account) return fail('E002');
    if (account.banned) return fail('E005');
    if (this.isThrottled(email)) return fail('E006');
    if (!account.verified) return fail('E007');
    return succeed({ success: true, identityId: this.issueSession(email, 'magic-auth') });
  }

  private registerAccount(fields: RequestFields): EndpointResult {
    const email = normalizeEmail(stringField(fields, 'email') ?? '');
    const password = stringField(fields, 'password') ?? '';
    const now = this.now();
    let account = this.accounts.get(email);
    if (account?.banned) return fail('E003');
    if (account?.password !== undefined) {
      if (account.verified) return fail('E002');
      if (account.lastRegistrationAt !== undefined && now - account.lastRegistrationAt < registrationCooldownMs) {
        return fail('E004');
      }
    }
    if (!account) {
      account = newAccount(email);
      this.accounts.set(email, account);
    }
    if (account.password !== undefined && account.password !== password) {
      account.previousPasswords.push(account.password);
    }
    account.password = password;
    account.verified = false;
    account.lastRegistrationAt = now;
    account.firstName = stringField(fields, 'firstName') ?? account.firstName;
    account.lastName = stringField(fields, 'lastName') ?? account.lastName;
    account.companyName = stringField(fields, 'companyName') ?? account.companyName;
    account.phone = stringField(fields, 'phone') ?? account.phone;
    for (const [name, value] of Object.entries(fields)) {
      if (!nonProfileFields.has(name) && value !== undefined && value !== null) {
        account.profile[name] = structuredClone(value);
      }
    }
    const token = randomAlphanumeric();
    const returnUrl = httpUrl(stringField(fields, 'returnUrl'));
    this.verificationTokens.set(token, { email, returnUrl: returnUrl?.href });
    this.send({
      to: email,
      kind: 'verification',
      token,
      link: this.confirmationLink(token, returnUrl),
      sentAt: now,
    });
    return succeed();
  }

  private resetPassword(fields: RequestFields): EndpointResult {
    const email = normalizeEmail(stringField(fields, 'email') ?? '');
    const account = this.accounts.get(email);
    // Always a success: the answer must not reveal whether the address is known.
    if (!account || account.banned) return succeed();
    const expirationTime = stringField(fields, 'expirationTime');
    const validityMs =
      (expirationTime === undefined ? undefined : parseDuration(expirationTime)) ?? defaultResetExpirationMs;
    const now = this.now();
    const token = randomAlphanumeric();
    const expiresAt = now + validityMs;
    this.resetRequests.set(token, { email, expiresAt });
    this.send({
      to: email,
      kind: 'reset-password',
      token,
      // A fragment, when the shop is known: SetNewPasswordForm reads it, and no server log or Referer sees it.
      link:
        this.links.shopUrl === undefined
          ? `${defaultLinkOrigin}/set-new-password?token=${token}`
          : `${this.links.shopUrl}/set-new-password#token=${token}`,
      sentAt: now,
      expiresAt,
    });
    return succeed();
  }

  private setNewPassword(fields: RequestFields): EndpointResult {
    const token = (stringField(fields, 'token') ?? '').trim();
    const password = stringField(fields, 'password') ?? '';
    const request = this.resetRequests.get(token);
    if (!request) return fail('E003');
    if (this.now() >= request.expiresAt) return fail('E004');
    const account = this.accounts.get(request.email);
    if (!account) return fail('E003');
    if (account.banned) return fail('E001');
    if (account.password === password || account.previousPasswords.includes(password)) return fail('E002');
    if (account.password !== undefined) account.previousPasswords.push(account.password);
    account.password = password;
    account.verified = true;
    account.lastRegistrationAt = undefined;
    // The password changed: every outstanding reset link of this account is spent.
    for (const [other, pending] of this.resetRequests) {
      if (pending.email === account.email) this.resetRequests.delete(other);
    }
    return succeed();
  }

  /**
   * The mock server's confirmation route; in memory (no route to follow) a page on the
   * registration's `returnUrl` origin, else the shop's, named `/verify`.
   */
  private confirmationLink(token: string, returnUrl: URL | undefined): string {
    if (this.links.confirmationUrl !== undefined) return `${this.links.confirmationUrl}?token=${token}`;
    return `${returnUrl?.origin ?? httpUrl(this.links.shopUrl)?.origin ?? defaultLinkOrigin}/verify?token=${token}`;
  }

  /** Failures within the window, oldest first, after dropping those that have aged out. */
  private recentFailures(email: string): number[] {
    const now = this.now();
    const recent = (this.failures.get(email) ?? []).filter((at) => now - at < throttleWindowMs);
    if (recent.length > 0) this.failures.set(email, recent);
    else this.failures.delete(email);
    return recent;
  }

  private isThrottled(email: string): boolean {
    return this.recentFailures(email).length >= throttleLimit;
  }

  private recordFailure(email: string): void {
    this.failures.set(email, [...this.recentFailures(email), this.now()]);
  }

  private issueSession(email: string, endpoint: MockSession['endpoint']): string {
    const identityId = randomAlphanumeric();
    const issuedAt = this.now();
    this.issuedSessions.set(
      identityId,
      Object.freeze({ identityId, email, endpoint, issuedAt, expiresAt: issuedAt + sessionLifetimeMs }),
    );
    return identityId;
  }

  private send(email: Omit<MockEmail, 'id'>): MockEmail {
    this.emailCounter += 1;
    const sent = Object.freeze({ id: `email-${this.emailCounter}`, ...email });
    this.emails.push(sent);
    return sent;
  }
}
