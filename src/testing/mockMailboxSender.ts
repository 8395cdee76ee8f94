import type { MagicLinkMessage } from '../server/magicLinkTypes.js';
import { mockRoutesPrefix } from './mailboxRoutes.js';

/** Options of `mockMailboxSender`. */
export interface MockMailboxSenderOptions {
  /**
   * The fetch that posts each mail.
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch | undefined;
}

/**
 * A `sendMagicLink` for `createBizKitHubHandler({ magicLink })` that "mails" each one-time link to the
 * mailbox of a mock BizKitHub running elsewhere, such as the `bizkithub-mock` command: it posts
 * `{ to, kind: 'magic-link', link, expiresAt }` to `<mockUrl>/__mock/mailbox`. Read the mail back
 * with `GET <mockUrl>/__mock/mailbox?to=<address>` (JSON, newest last) and open its `link`. In the
 * mock's own process, `mock.sendMagicLink` of `startMockBizKitHubServer` does the same without HTTP.
 *
 * For development and tests: a real shop sends the link with its mail service. The returned
 * function rejects when the mailbox refuses the mail (the handler then answers 502); its message
 * names the mailbox, never the link.
 *
 * @param mockUrl The mock's URL, as `bizkithub-mock` prints it (`http://127.0.0.1:4010`).
 * @example
 * createBizKitHubHandler({
 *   apiKey: process.env.BIZKITHUB_API_KEY,
 *   baseUrl: 'http://127.0.0.1:4010',
 *   origin: 'http://localhost:3000',
 *   magicLink: { sendMagicLink: mockMailboxSender('http://127.0.0.1:4010') },
 * });
 */
export function mockMailboxSender(mockUrl: string, { fetch = globalThis.fetch }: MockMailboxSenderOptions = {}): (message: MagicLinkMessage) => Promise<void> {
  if (!/^https?:\/\/[^/?#]+\/*$/i.test(mockUrl)) {
    throw new TypeError(`mockMailboxSender: mockUrl must be the mock's http(s) URL as bizkithub-mock prints it, e.g. http://127.0.0.1:4010; got ${JSON.stringify(mockUrl)}.`);
  }
  const mailbox = `${mockUrl.replace(/\/+$/, '')}${mockRoutesPrefix}mailbox`;
  return async ({ email, url, expiresAt }) => {
    const response = await fetch(mailbox, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ to: email, kind: 'magic-link', link: url, expiresAt: expiresAt.getTime() }),
    });
    // The mailbox's answer (the stored mail, the link in it) is not needed: free the connection.
    await response.body?.cancel();
    if (!response.ok) throw new Error(`mockMailboxSender: the mailbox at ${mailbox} refused the message (HTTP ${response.status}).`);
  };
}
