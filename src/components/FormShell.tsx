import { useCallback, useId, useMemo, type ReactNode } from 'react';
import type { BizKitHubError } from '../client/errors.js';
import { useBizKitHub } from '../hooks/BizKitHubProvider.js';
import type { MessageParams } from '../i18n/formatMessage.js';
import { getErrorMessage, translate } from '../i18n/getErrorMessage.js';
import type { MessageKey } from '../i18n/messages.js';
import { AuthFormContext, type AuthFormContextValue } from './AuthFormContext.js';
import type { AuthFormProps } from './AuthFormProps.js';
import { Actions, anyAction, type ActionItem } from './fields/Action.js';
import { CooldownNotice } from './fields/CooldownNotice.js';
import { FormAlert } from './fields/FormAlert.js';
import { SubmitButton } from './fields/SubmitButton.js';
import { defaultComponents, partClass } from './slots.js';
import type { AuthForm } from './useAuthForm.js';

type ChromeProps = Pick<AuthFormProps<unknown>, 'components' | 'classNames' | 'className' | 'showTitle'>;

/** The context every form part reads: slots, classes and the provider's texts. */
export function useFormChrome({ components, classNames, className, showTitle = true }: ChromeProps): AuthFormContextValue {
  const { messages } = useBizKitHub();
  const t = useCallback((key: MessageKey, params?: MessageParams) => translate(messages, key, params), [messages]);
  return useMemo(
    () => ({
      components: components ? { ...defaultComponents, ...components } : defaultComponents,
      classNames,
      className,
      showTitle,
      messages,
      t,
      cls: (part, extra) => partClass(part, classNames, extra),
    }),
    [components, classNames, className, showTitle, messages, t],
  );
}

export interface FormShellProps {
  chrome: AuthFormContextValue;
  auth: Pick<AuthForm<never, unknown>, 'onSubmit' | 'pending' | 'cooldown' | 'formError'>;
  name: string;
  title: MessageKey;
  intro?: MessageKey | undefined;
  submitLabel: MessageKey;
  pendingLabel: MessageKey;
  /** The actions the form's alert offers for an error (register, reset password…). */
  errorActions?: ((error: BizKitHubError) => readonly ActionItem[] | undefined) | undefined;
  /** Links under the submit button, shown when they have somewhere to go. */
  footer?: readonly ActionItem[] | undefined;
  children: ReactNode;
}

/** The `<form>` every form renders: heading, alert, fields, submit, cooldown and footer links. */
export function FormShell({
  chrome,
  auth: { onSubmit, pending, cooldown, formError },
  name,
  title,
  intro,
  submitLabel,
  pendingLabel,
  errorActions,
  footer,
  children,
}: FormShellProps) {
  const { components: C, t, cls, className, showTitle, messages } = chrome;
  const titleId = useId();
  return (
    <AuthFormContext.Provider value={chrome}>
      <C.Form
        className={cls('root', className)}
        // If the page is used before hydration, a native submit must not put the password in the URL.
        method="post"
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
        {formError ? <FormAlert message={getErrorMessage(formError, messages)} actions={errorActions?.(formError)} /> : null}
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
