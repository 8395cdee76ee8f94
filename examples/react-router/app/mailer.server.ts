import type { MagicLinkMessage, MagicLinkOptions } from '@bizkithub/auth-react/server';

/**
 * Where this shop's own e-mail goes. BizKitHub sends verification and reset mail itself; the
 * one-time sign-in link is the shop's to send. Against the embedded BizKitHub,
 * `MOCK_MAILBOX_URL` (`<mock>/__mock/mailbox`) receives it. Connect your mail service here in a
 * real shop; without one (or without `SHOP_ORIGIN`, which the links are built on) passwordless
 * sign-in stays off and its routes answer 404.
 *
 * Never log `url`: whoever has it can sign in as the customer until it is used.
 */
export function magicLinkOptions(): MagicLinkOptions | undefined {
  const mailbox = process.env.MOCK_MAILBOX_URL;
  if (!mailbox || !process.env.SHOP_ORIGIN) return undefined;
  const sendMagicLink = async ({ email, url, expiresAt }: MagicLinkMessage) => {
    const response = await fetch(mailbox, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ to: email, kind: 'magic-link', link: url, expiresAt: expiresAt.getTime() }),
    });
    if (!response.ok) throw new Error(`The mailbox refused the message (HTTP ${response.status}).`);
  };
  // One process keeps the one-time tokens in memory (the default store); several instances of a
  // shop share one store instead, e.g. createUnstorageStore on Redis.
  return { sendMagicLink, errorPath: '/magic-link' };
}
