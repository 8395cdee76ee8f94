import type { MockDelivery, MockEmail } from './types.js';
import { isEmailAddress, normalizeEmail } from './validate.js';

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
export function httpUrl(value: string | undefined): URL | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The e-mails the emulated platform sent, oldest first, each with an id of its own. */
export class MockOutbox {
  private readonly emails: MockEmail[] = [];
  private counter = 0;

  clear(): void {
    this.emails.length = 0;
    this.counter = 0;
  }

  sent(): readonly MockEmail[] {
    return [...this.emails];
  }

  /** The newest e-mail, to `address` (normalized) when given. */
  last(address: string | undefined): MockEmail | undefined {
    for (let index = this.emails.length - 1; index >= 0; index -= 1) {
      const email = this.emails[index];
      if (email && (address === undefined || email.to === address)) return email;
    }
    return undefined;
  }

  send(email: Omit<MockEmail, 'id'>): MockEmail {
    this.counter += 1;
    const sent = Object.freeze({ id: `email-${this.counter}`, ...email });
    this.emails.push(sent);
    return sent;
  }

  /** A magic link the shop's handler mails (`mockMailboxSender`, the CLI's mailbox), checked as BizKitHub's own mail would be. */
  deliver(mail: MockDelivery, now: number): MockEmail {
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
      sentAt: now,
      ...(mail.expiresAt === undefined ? {} : { expiresAt: mail.expiresAt }),
    });
  }
}
