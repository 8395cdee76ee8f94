import type { MagicLinkMessage } from '@bizkithub/auth-react/server';

/**
 * Where this shop's own e-mail goes. BizKitHub sends verification and reset mail itself; the
 * one-time sign-in link is the shop's to send. Against the embedded BizKitHub,
 * `MOCK_MAILBOX_URL` (`<mock>/__mock/mailbox`) receives it. Connect your mail service here in a
 * real shop, and without one leave passwordless sign-in off (this returns `undefined`).
 *
 * Never log `url`: whoever has it can sign in as the customer until it is used.
 */
export function magicLinkMailer(): ((message: MagicLinkMessage) => Promise<void>) | undefined {
  const mailbox = process.env.MOCK_MAILBOX_URL;
  if (!mailbox) return undefined;
  return async ({ email, url, expiresAt }) => {
    const response = await fetch(mailbox, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ to: email, kind: 'magic-link', link: url, expiresAt: expiresAt.getTime() }),
    });
    if (!response.ok) throw new Error(`The mailbox refused the message (HTTP ${response.status}).`);
  };
}
