import { BizKitHubError } from '../../core/errors.js';
import { useBizKitHub } from '../../hooks/BizKitHubProvider.js';
import { formatCountdown } from '../../i18n/formatWait.js';
import type { MessageKey } from '../../i18n/messages.js';
import { errorTextOf } from '../../i18n/texts.js';
import { useAuthFormContext, type AuthFormContextValue } from '../AuthFormContext.js';
import type { ActionTarget } from '../fields/Action.js';
import { CooldownNotice } from '../fields/CooldownNotice.js';
import { FormAlert } from '../fields/FormAlert.js';
import { ResultPanel } from '../ResultPanel.js';
import { signInErrorActions } from '../signInActions.js';
import type { AuthFormState } from '../useAuthForm.js';
import type { Cooldown } from '../useCooldown.js';
import { magicAuthFormTexts } from './texts.js';
import type { MagicLinkErrorReason } from './useMagicLinkError.js';

/** How long "send the link again" waits after a link was sent, so a double tap does not mail twice. */
export const magicLinkResendAfterMs = 30_000;

const reasonMessages: Partial<Record<MagicLinkErrorReason, MessageKey>> = {
  used: 'magicLink.error.used',
  expired: 'magicLink.error.expired',
  invalid: 'magicLink.error.invalid',
};

/** The failure the verify route redirected with: a link problem, a throttle, an outage, or BizKitHub's code. */
function linkError(reason: MagicLinkErrorReason): BizKitHubError {
  return reason === 'rate-limit'
    ? new BizKitHubError({ kind: 'rate-limit', endpoint: 'magic-auth' })
    : reason === 'unavailable'
      ? new BizKitHubError({ kind: 'http', endpoint: 'magic-auth', status: 503 })
      : new BizKitHubError({ kind: 'api', endpoint: 'magic-auth', code: reason });
}

/** The alert for `?error=` after a failed magic link, in the customer's language, with the action that helps. */
export function LinkErrorAlert({
  reason,
  register,
  support,
}: {
  reason: MagicLinkErrorReason;
  register: ActionTarget;
  support: ActionTarget;
}) {
  const { t } = useAuthFormContext();
  const { messages } = useBizKitHub();
  const key = reasonMessages[reason];
  if (key) return <FormAlert message={t(key)} />;
  const error = linkError(reason);
  return (
    <FormAlert message={errorTextOf(messages, magicAuthFormTexts, error)} actions={signInErrorActions(error, register, support)} />
  );
}

interface SentPanelProps {
  chrome: AuthFormContextValue;
  auth: Pick<AuthFormState<never, unknown>, 'onSubmit' | 'pending' | 'cooldown' | 'errorMessage'>;
  resendWait: Cooldown;
  email: string;
  onChangeEmail: () => void;
}

/** "Check your inbox" after a magic link was sent: focused, with resend (after a short wait) and a way back. */
export function SentPanel({ chrome, auth, resendWait, email, onChangeEmail }: SentPanelProps) {
  const { components: C, cls, t } = chrome;
  const blocked = auth.pending || auth.cooldown.active || resendWait.active;
  return (
    <ResultPanel
      chrome={chrome}
      name="magic-link"
      tone="success"
      title="magicLink.sent.title"
      body="magicLink.sent.body"
      params={{ email }}
      actions={[[{ onClick: onChangeEmail }, 'magicLink.changeEmail']]}
    >
      {auth.errorMessage !== undefined ? (
        <FormAlert message={auth.errorMessage} spoken={auth.cooldown.active ? auth.cooldown.message : undefined} />
      ) : null}
      <C.Button
        type="button"
        className={cls('button')}
        aria-disabled={blocked || undefined}
        aria-busy={auth.pending || undefined}
        data-pending={auth.pending || undefined}
        data-cooldown={auth.cooldown.active || resendWait.active || undefined}
        onClick={() => {
          if (!blocked) auth.onSubmit();
        }}
      >
        {t(auth.pending ? 'magicLink.resending' : 'magicLink.resend')}
      </C.Button>
      {resendWait.active && !auth.cooldown.active ? (
        <p className={cls('countdown')} aria-hidden="true" data-cooldown="">
          {t('magicLink.resendIn', { time: formatCountdown(resendWait.remainingMs) })}
        </p>
      ) : null}
      <CooldownNotice cooldown={auth.cooldown} />
    </ResultPanel>
  );
}
