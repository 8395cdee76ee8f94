import { parseDuration } from '../schemas/duration.js';
import { accountFromSeed, checkSeed, newAccount, nonProfileFields, type StoredAccount } from './mockAccounts.js';
import { httpUrl, MockOutbox } from './mockOutbox.js';
import { MockSessions } from './mockSessions.js';
import type { Confirmation, EndpointResult, MockLinks } from './mockStoreTypes.js';
import { MockThrottle } from './mockThrottle.js';
import { randomAlphanumeric } from './random.js';
import type {
  MockAccount,
  MockAccountSeed,
  MockCustomerEndpoint,
  MockDelivery,
  MockEmail,
  MockSession,
} from './types.js';
import { normalizeEmail, stringField, type RequestFields } from './validate.js';

/** An unverified registration can be repeated once per this long. */
const registrationCooldownMs = 10 * 60_000;
/** Validity of a reset token when the request names no `expirationTime`. */
const defaultResetExpirationMs = 60 * 60_000;
/** An identityId is valid about three months. */
const sessionLifetimeMs = 90 * 24 * 60 * 60_000;

const defaultLinkOrigin = 'https://shop.example';

interface PendingVerification {
  email: string;
  /** The registration's absolute http(s) `returnUrl`, if it sent one. */
  returnUrl: string | undefined;
}

interface ResetRequest {
  email: string;
  expiresAt: number;
}

const fail = (code: string): EndpointResult => ({ ok: false, code });
const succeed = (body: Readonly<Record<string, unknown>> = { success: true }): EndpointResult => ({ ok: true, body });


/** The emulated platform's state and the rules of the five endpoints. */
export class MockStore {
  private readonly accounts = new Map<string, StoredAccount>();
  private readonly verificationTokens = new Map<string, PendingVerification>();
  private readonly resetRequests = new Map<string, ResetRequest>();
  private readonly mail = new MockOutbox();
  private readonly issued: MockSessions;
  private readonly throttle: MockThrottle;

  constructor(
    private readonly now: () => number,
    private readonly links: MockLinks = {},
  ) {
    this.issued = new MockSessions(now, sessionLifetimeMs);
    this.throttle = new MockThrottle(now);
  }

  /** Forgets everything. */
  clear(): void {
    this.accounts.clear();
    this.verificationTokens.clear();
    this.resetRequests.clear();
    this.throttle.clear();
    this.issued.clear();
    this.mail.clear();
  }

  seed(seeds: readonly MockAccountSeed[]): void {
    seeds.forEach(checkSeed);
    for (const seed of seeds) {
      const account = accountFromSeed(seed);
      this.accounts.set(account.email, account);
    }
  }

  get outbox(): readonly MockEmail[] {
    return this.mail.sent();
  }

  lastEmail(to?: string): MockEmail | undefined {
    return this.mail.last(to === undefined ? undefined : normalizeEmail(to));
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
    return this.issued.live(email === undefined ? undefined : normalizeEmail(email));
  }

  revokeSessions(email: string): number {
    return this.issued.revoke(normalizeEmail(email));
  }

  deliver(mail: MockDelivery): MockEmail {
    return this.mail.deliver(mail, this.now());
  }

  /** What account-info answers for this identityId. */
  accountInfo(identityId: string | undefined): Readonly<Record<string, unknown>> {
    const session = this.issued.find(identityId);
    if (!session) return { loggedIn: false };
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
    if (this.throttle.isThrottled(email)) return fail('E006');
    if (account.password !== stringField(fields, 'password')) {
      this.throttle.recordFailure(email);
      return fail('E004');
    }
    if (!account.verified) return fail('E007');
    this.throttle.forget(email);
    return succeed({ success: true, identityId: this.issued.issue(email, 'login') });
  }

  private magicAuth(fields: RequestFields): EndpointResult {
    const email = normalizeEmail(stringField(fields, 'email') ?? '');
    const account = this.accounts.get(email);
    if (!account) return fail('E002');
    if (account.banned) return fail('E005');
    if (this.throttle.isThrottled(email)) return fail('E006');
    if (!account.verified) return fail('E007');
    return succeed({ success: true, identityId: this.issued.issue(email, 'magic-auth') });
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
    this.mail.send({
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
    this.mail.send({
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



}
