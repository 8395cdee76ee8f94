import type { MockBizKitHub, MockEmail } from '@bizkithub/auth-react/testing';
import { useEffect, useState, type MouseEvent } from 'react';
import type { ShopText } from './shopTexts';

export interface DemoMailboxProps {
  /** The embedded BizKitHub whose outbox this shows. */
  demoApi: MockBizKitHub;
  t: (key: ShopText, params?: Readonly<Record<string, string>>) => string;
  /** A link of this page was clicked: the shop moves there without reloading. */
  onOpenLink: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/** The emulator's outbox, polled: it has no change events, and e-mails are only ever appended. */
function useOutbox(demoApi: MockBizKitHub): readonly MockEmail[] {
  const [emails, setEmails] = useState(() => demoApi.outbox);
  useEffect(() => {
    const timer = setInterval(() => {
      setEmails((shown) => (demoApi.outbox.length === shown.length ? shown : demoApi.outbox));
    }, 300);
    return () => clearInterval(timer);
  }, [demoApi]);
  return emails;
}

/**
 * What the embedded BizKitHub "sent": a confirmation e-mail confirms its address here; a reset
 * e-mail links to this shop's set-new-password page with `?token=`, as BizKitHub's e-mail links to
 * the page configured in its administration.
 */
export function DemoMailbox({ demoApi, t, onOpenLink }: DemoMailboxProps) {
  const emails = useOutbox(demoApi);
  const [confirmed, setConfirmed] = useState<Readonly<Record<string, boolean>>>({});

  return (
    <aside className="shop-mailbox" aria-labelledby="mailbox-title">
      <h2 id="mailbox-title">{t('mailbox')}</h2>
      <p>{t('mailboxIntro')}</p>
      {emails.length === 0 ? <p>{t('mailboxEmpty')}</p> : null}
      <ul>
        {[...emails].reverse().map((mail) => (
          <li key={mail.id}>
            <article aria-labelledby={`${mail.id}-subject`}>
              <h3 id={`${mail.id}-subject`}>{mail.kind === 'reset-password' ? t('resetMail') : t('verification')}</h3>
              <p>{t('mailTo', { to: mail.to })}</p>
              {mail.kind === 'reset-password' ? (
                <a href={`?token=${encodeURIComponent(mail.token)}#/reset-password`} onClick={onOpenLink}>
                  {t('openResetLink')}
                </a>
              ) : mail.id in confirmed ? (
                <p role="status">{confirmed[mail.id] ? t('confirmed') : t('usedLink')}</p>
              ) : (
                <button type="button" className="shop-button" onClick={() => setConfirmed((done) => ({ ...done, [mail.id]: demoApi.verify(mail.token) }))}>
                  {t('confirm')}
                </button>
              )}
            </article>
          </li>
        ))}
      </ul>
    </aside>
  );
}
