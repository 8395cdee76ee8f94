import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import { useBizKitHub } from '../../hooks/BizKitHubProvider.js';
import { useAccount } from '../../hooks/useAccount.js';
import { useResetPassword } from '../../hooks/useResetPassword.js';
import type { MessageKey } from '../../i18n/messages.js';
import { errorTextOf, textOf } from '../../i18n/texts.js';
import { formatCredit, fullName, isCompany } from './accountNames.js';
import { accountComponentTexts } from './texts.js';

/** The rows `<AccountSummary>` can show. */
export type AccountSummaryField = 'name' | 'email' | 'phone' | 'cuRefNo' | 'creditBalance' | 'premium';

/** The props of `<AccountSummary>`: which rows to show, the credit's currency, whether to offer a password reset. */
export interface AccountSummaryProps {
  /**
   * Which rows to show, in this order. A row whose value the account lacks (a phone) is left out.
   * @default ['name', 'email', 'phone', 'cuRefNo', 'creditBalance', 'premium']
   */
  fields?: readonly AccountSummaryField[] | undefined;
  /**
   * The currency of the store credit (ISO 4217), shown in the provider's locale.
   * @default 'EUR'
   */
  currency?: string | undefined;
  /**
   * Whether to offer "Send me a link to set a new password" (BizKitHub has no way to change a
   * password while signed in: the reset flow runs for the session's own e-mail).
   * @default true
   */
  showPasswordReset?: boolean | undefined;
  /** Extra classes for the root element. */
  className?: string | undefined;
}

const allFields: readonly AccountSummaryField[] = ['name', 'email', 'phone', 'cuRefNo', 'creditBalance', 'premium'];

/** "Copy" next to the customer number, announcing "Copied" (or how to copy by hand) politely. */
function CopyButton({ value, t }: { value: string; t: (key: MessageKey) => string }) {
  const [said, setSaid] = useState<MessageKey | undefined>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <>
      <button
        type="button"
        className="bkh-copy"
        aria-label={t('account.copyLabel')}
        onClick={() => {
          const copy = navigator.clipboard?.writeText(value) ?? Promise.reject(new Error('no clipboard'));
          copy.then(
            () => setSaid('account.copied'),
            () => setSaid('account.copyFailed'),
          );
          clearTimeout(timer.current);
          timer.current = setTimeout(() => setSaid(undefined), 4000);
        }}
      >
        {t('account.copy')}
      </button>
      <span role="status" className="bkh-copy-status">
        {said ? t(said) : null}
      </span>
    </>
  );
}

/**
 * The signed-in customer's account as a definition list: the person's or company's name, e-mail,
 * phone, customer number (with a copy button), store credit and premium status, in the provider's
 * language. A blocked account gets a notice. It renders nothing until someone is signed in.
 */
export function AccountSummary({ fields = allFields, currency = 'EUR', showPasswordReset = true, className }: AccountSummaryProps) {
  const { messages, locale } = useBizKitHub();
  const t = (key: MessageKey, params?: Record<string, string>) => textOf(messages, accountComponentTexts, key, params);
  const { status, account } = useAccount();
  const reset = useResetPassword();
  if (status === 'unavailable') {
    return (
      <div className={['bkh-account', className].filter(Boolean).join(' ')}>
        <p role="status">{t('account.unavailable')}</p>
      </div>
    );
  }
  if (status !== 'signed-in') return null;

  const rows: Record<AccountSummaryField, [MessageKey, ReactNode] | undefined> = {
    name: [isCompany(account) ? 'account.field.company' : 'account.field.name', fullName(account)],
    email: ['account.field.email', account.email],
    phone: account.phone === undefined ? undefined : ['account.field.phone', account.phone],
    cuRefNo: [
      'account.field.cuRefNo',
      <>
        <span>{account.cuRefNo}</span>
        <CopyButton value={account.cuRefNo} t={t} />
      </>,
    ],
    creditBalance: ['account.field.creditBalance', formatCredit(account.creditBalance, locale, currency)],
    premium: account.premium === undefined ? undefined : ['account.field.premium', t(account.premium ? 'account.yes' : 'account.no')],
  };
  const email = account.email;
  return (
    <div className={['bkh-account', className].filter(Boolean).join(' ')}>
      {account.ban ? (
        <p role="alert" className="bkh-account-notice">
          {t('account.banned')}
        </p>
      ) : null}
      <dl className="bkh-account-list">
        {fields.map((field) => {
          const row = rows[field];
          if (!row) return null;
          return (
            <Fragment key={field}>
              <dt>{t(row[0])}</dt>
              <dd>{row[1]}</dd>
            </Fragment>
          );
        })}
      </dl>
      {showPasswordReset && !account.ban ? (
        <div className="bkh-account-reset">
          {reset.isSuccess ? (
            <p role="status">{t('account.resetPassword.sent', { email })}</p>
          ) : (
            <button
              type="button"
              className="bkh-secondary"
              aria-disabled={reset.isPending || undefined}
              aria-busy={reset.isPending || undefined}
              onClick={() => {
                if (!reset.isPending) reset.mutate({ email });
              }}
            >
              {t(reset.isPending ? 'account.resetPassword.sending' : 'account.resetPassword')}
            </button>
          )}
          {reset.error ? (
            <p role="alert" className="bkh-user-error">
              {errorTextOf(messages, accountComponentTexts, reset.error)}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
