import { useCallback, useId, useMemo, type FormEvent, type ReactNode } from 'react';
import { useBizKitHub } from '../hooks/BizKitHubProvider.js';
import type { MessageParams } from '../i18n/formatMessage.js';
import { translate } from '../i18n/getErrorMessage.js';
import type { MessageKey } from '../i18n/messages.js';
import { AuthFormContext, type AuthFormContextValue } from './AuthFormContext.js';
import { Actions, anyAction, type ActionItem } from './fields/Action.js';
import { CooldownNotice } from './fields/CooldownNotice.js';
import { SubmitButton } from './fields/SubmitButton.js';
import { defaultComponents, partClass, type AuthFormClassNames, type AuthFormComponents } from './slots.js';
import type { Cooldown } from './useCooldown.js';

/** The context every form part reads: slots, classes and the provider's texts. */
export function useFormChrome(
  components: Partial<AuthFormComponents> | undefined,
  classNames: AuthFormClassNames | undefined,
): AuthFormContextValue {
  const { messages } = useBizKitHub();
  const t = useCallback((key: MessageKey, params?: MessageParams) => translate(messages, key, params), [messages]);
  return useMemo(
    () => ({
      components: components ? { ...defaultComponents, ...components } : defaultComponents,
      classNames,
      t,
      cls: (part, extra) => partClass(part, classNames, extra),
    }),
    [components, classNames, t],
  );
}

export interface FormShellProps {
  chrome: AuthFormContextValue;
  name: string;
  title: MessageKey;
  showTitle: boolean;
  intro?: MessageKey | undefined;
  className?: string | undefined;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
  cooldown: Cooldown;
  submitLabel: MessageKey;
  pendingLabel: MessageKey;
  /** The form-level alert, when there is an error. */
  alert?: ReactNode;
  /** Links under the submit button, shown when they have somewhere to go. */
  footer?: readonly ActionItem[] | undefined;
  children: ReactNode;
}

/** The `<form>` every form renders: heading, alert, fields, submit, cooldown and footer links. */
export function FormShell({
  chrome,
  name,
  title,
  showTitle,
  intro,
  className,
  onSubmit,
  pending,
  cooldown,
  submitLabel,
  pendingLabel,
  alert,
  footer,
  children,
}: FormShellProps) {
  const { components: C, t, cls } = chrome;
  const titleId = useId();
  return (
    <AuthFormContext.Provider value={chrome}>
      <C.Form
        className={cls('root', className)}
        noValidate
        onSubmit={onSubmit}
        aria-labelledby={showTitle ? titleId : undefined}
        aria-label={showTitle ? undefined : t(title)}
        data-bkh-form={name}
        data-pending={pending || undefined}
        data-cooldown={cooldown.active || undefined}
      >
        {showTitle ? (
          <C.Title id={titleId} className={cls('title')}>
            {t(title)}
          </C.Title>
        ) : null}
        {intro ? <C.Intro className={cls('intro')}>{t(intro)}</C.Intro> : null}
        {alert}
        {children}
        <SubmitButton label={submitLabel} pendingLabel={pendingLabel} pending={pending} coolingDown={cooldown.active} />
        <CooldownNotice cooldown={cooldown} />
        {anyAction(footer) ? (
          <div className={cls('actions')}>
            <Actions items={footer} />
          </div>
        ) : null}
      </C.Form>
    </AuthFormContext.Provider>
  );
}
