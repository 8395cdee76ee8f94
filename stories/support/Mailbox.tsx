import { useEffect, useId, useState } from 'react';
import type { MockBizKitHub, MockEmail } from '../../src/testing/index.js';

export interface MailboxProps {
  /** The emulator whose outbox this shows. */
  api: MockBizKitHub;
  /** The customer followed a reset link: open the page that sets a new password with this token. */
  onOpenResetLink: (token: string) => void;
  /** The customer followed a magic link (mail the shop's own server sent). */
  onOpenMagicLink?: ((link: string) => void) | undefined;
}

const subjects: Record<MockEmail['kind'], string> = {
  verification: 'Confirm your e-mail address',
  'reset-password': 'Set a new password',
  'magic-link': 'Your sign-in link',
};

const linkLabels: Record<MockEmail['kind'], string> = {
  verification: 'Open the confirmation link',
  'reset-password': 'Open the reset link',
  'magic-link': 'Open the sign-in link',
};

/** The emulator's outbox, polled: it has no change events, and e-mails only ever get appended. */
function useOutbox(api: MockBizKitHub): readonly MockEmail[] {
  const [emails, setEmails] = useState(() => api.outbox);
  useEffect(() => {
    const timer = setInterval(() => {
      setEmails((shown) => {
        const current = api.outbox;
        return current.length === shown.length && current.at(-1)?.id === shown.at(-1)?.id ? shown : current;
      });
    }, 200);
    return () => clearInterval(timer);
  }, [api]);
  return emails;
}

/**
 * The inbox of every customer of the embedded BizKitHub: the e-mails it "sent", with their links
 * as buttons. A confirmation link marks the account verified (`api.verify`); a reset link opens
 * the shop's set-new-password page with its token.
 */
export function Mailbox({ api, onOpenResetLink, onOpenMagicLink }: MailboxProps) {
  const emails = useOutbox(api);
  const [followed, setFollowed] = useState<Readonly<Record<string, string>>>({});
  const titleId = useId();

  function follow(email: MockEmail) {
    if (email.kind === 'verification') {
      const verified = api.verify(email.token);
      setFollowed((done) => ({ ...done, [email.id]: verified ? 'Address confirmed.' : 'This link was already used.' }));
    } else {
      setFollowed((done) => ({ ...done, [email.id]: 'Opened in the shop.' }));
      if (email.kind === 'magic-link') onOpenMagicLink?.(email.link);
      else onOpenResetLink(email.token);
    }
  }

  return (
    <section aria-labelledby={titleId} style={{ border: '1px dashed #595959', borderRadius: 8, padding: '0 16px 16px' }}>
      <h2 id={titleId}>Mailbox (emulated)</h2>
      {emails.length === 0 ? (
        <p>No e-mails yet.</p>
      ) : (
        <ul aria-label="E-mails" style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
          {[...emails].reverse().map((email) => (
            <li key={email.id}>
              <article aria-label={`${subjects[email.kind]}, to ${email.to}`} style={{ borderTop: '1px solid #767676', paddingTop: 8 }}>
                <h3 style={{ margin: '0 0 4px', fontSize: '1rem' }}>{subjects[email.kind]}</h3>
                <p style={{ margin: '0 0 8px' }}>To: {email.to}</p>
                <button type="button" onClick={() => follow(email)}>
                  {linkLabels[email.kind]}
                </button>
                {followed[email.id] ? <p style={{ margin: '8px 0 0' }}>{followed[email.id]}</p> : null}
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
