import { useCallback, useId, useMemo, type ReactNode } from 'react';
import type { BizKitHubError } from '../core/errors.js';
import { useBizKitHub } from '../hooks/BizKitHubProvider.js';
import type { MessageParams } from '../i18n/formatMessage.js';
import type { MessageKey, MessageTexts } from '../i18n/messages.js';
import { textOf } from '../i18n/texts.js';
import { AuthFormContext, type AuthFormContextValue } from './AuthFormContext.js';
import type { AuthFormChromeProps } from './AuthFormProps.js';
import { ConfigError } from './ConfigError.js';
import { Actions, anyAction, type ActionItem } from './fields/Action.js';
import { CooldownNotice } from './fields/CooldownNotice.js';
import { FormAlert } from './fields/FormAlert.js';
import { SubmitButton } from './fields/SubmitButton.js';
import { elementSlots, partClass } from './slots.js';
import type { AuthFormState } from './useAuthForm.js';
import { useLangAttribute } from './usePageLang.js';

/**
 * The context every form part reads: slots, classes and the provider's texts, with `english` (the
 * form's own parts of the English catalog) for every key the provider's texts lack.
 */
export function useFormChrome(
  { components, classNames, className, showTitle = true, description, logo }: AuthFormChromeProps,
  english: MessageTexts,
): AuthFormContextValue {
  const { messages } = useBizKitHub();
  const lang = useLangAttribute(messages.$locale);
  const t = useCallback((key: MessageKey, params?: MessageParams) => textOf(messages, english, key, params), [messages, english]);
  return useMemo(
    () => ({
      components: components ? { ...elementSlots, ...components } : elementSlots,
      classNames,
      className,
      showTitle,
      t,
      cls: (part, extra) => partClass(part, classNames, extra),
      lang,
      description,
      logo,
    }),
    [components, classNames, className, showTitle, t, lang, description, logo],
  );
}

/** The part of a form hook's state the markup shows. */
type FormShellAuth = Pick<AuthFormState<never, unknown>, 'onSubmit' | 'pending' | 'cooldown' | 'error' | 'errorMessage'>;

export interface FormShellProps {
  chrome: AuthFormContextValue;
  auth: FormShellAuth;
  name: string;
  title: MessageKey;
  intro?: MessageKey | undefined;
  submitLabel: MessageKey;
  pendingLabel: MessageKey;
  /** The actions the form's alert offers for an error (register, reset password…). */
  errorActions?: ((error: BizKitHubError) => readonly ActionItem[] | undefined) | undefined;
  /** More in the alert for some failures, under its sentence. */
  errorDetail?: ((error: BizKitHubError) => ReactNode) | undefined;
  /** Links under the submit button, shown when they have somewhere to go (and the alert does not offer them). */
  footer?: readonly ActionItem[] | undefined;
  /** Shown before the fields, e.g. a magic link's failure. */
  notice?: ReactNode;
  children: ReactNode;
}

/** The `<form>` every form renders: heading, alert, fields, submit, cooldown and footer links. */
export function FormShell({
  chrome,
  auth: { onSubmit, pending, cooldown, error, errorMessage },
  name,
  title,
  intro,
  submitLabel,
  pendingLabel,
  errorActions,
  errorDetail,
  footer,
  notice,
  children,
}: FormShellProps) {
  const { components: C, t, cls, className, showTitle, lang, description, logo } = chrome;
  const titleId = useId();
  const { configError } = useBizKitHub();
  if (configError) return <ConfigError chrome={chrome} name={name} error={configError} />;
  const alertActions = error ? errorActions?.(error) : undefined;
  // An action the alert offers is not repeated under the button ("Forgot your password?" once).
  const footerActions = footer?.filter(([target]) => !alertActions?.some(([offered]) => offered === target));
  return (
    <AuthFormContext.Provider value={chrome}>
      <C.Form
        className={cls('root', className)}
        // If the page is used before hydration, a native submit must not put the password in the URL.
        method="post"
        noValidate
        onSubmit={onSubmit}
        lang={lang}
        aria-labelledby={showTitle ? titleId : undefined}
        aria-label={showTitle ? undefined : t(title)}
        data-bkh-form={name}
        data-pending={pending || undefined}
        data-cooldown={cooldown.active || undefined}
      >
        {logo !== undefined && logo !== null ? <div className={cls('logo')}>{logo}</div> : null}
        {showTitle ? (
          <C.Title id={titleId} className={cls('title')}>
            {t(title)}
          </C.Title>
        ) : null}
        {description !== undefined && description !== null ? (
          <C.Intro className={cls('description')}>{description}</C.Intro>
        ) : intro ? (
          <C.Intro className={cls('intro')}>{t(intro)}</C.Intro>
        ) : null}
        {errorMessage !== undefined ? (
          // A throttle's alert also says the wait (unseen): one announcement, not an alert and a status.
          <FormAlert message={errorMessage} actions={alertActions} spoken={cooldown.active ? cooldown.message : undefined}>
            {error ? errorDetail?.(error) : null}
          </FormAlert>
        ) : (
          notice
        )}
        {children}
        <SubmitButton label={submitLabel} pendingLabel={pendingLabel} pending={pending} coolingDown={cooldown.active} />
        <CooldownNotice cooldown={cooldown} />
        {anyAction(footerActions) ? (
          <div className={cls('actions')}>
            <Actions items={footerActions} />
          </div>
        ) : null}
      </C.Form>
    </AuthFormContext.Provider>
  );
}
