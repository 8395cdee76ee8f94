import { useEffect, useId, useRef, type ReactNode } from 'react';
import { AuthFormContext, type AuthFormContextValue } from './AuthFormContext.js';
import type { MessageParams } from '../i18n/formatMessage.js';
import type { MessageKey } from '../i18n/messages.js';
import { Actions, anyAction, type ActionItem } from './fields/Action.js';
import { StatusIcon } from './StatusIcon.js';

export interface ResultPanelProps {
  chrome: AuthFormContextValue;
  name: string;
  /** `success` replaces a form after it did its job; `error` stands where a form cannot work (no token). */
  tone: 'success' | 'error';
  /** The panel's own heading ("Password changed"), not the form's. */
  title: MessageKey;
  body: MessageKey;
  params?: MessageParams | undefined;
  actions?: readonly ActionItem[] | undefined;
  /** More below the news, e.g. a magic link's resend button. */
  children?: ReactNode;
}

/**
 * What stands in place of a form: "check your inbox", "password changed", "this link is incomplete".
 * After a success focus moves to the news (a status box with `data-focus-target`, styled as
 * text, not as a control), so keyboard and screen-reader users land on it instead of on a button
 * that no longer exists.
 */
export function ResultPanel({ chrome, name, tone, title, body, params, actions, children }: ResultPanelProps) {
  const { components: C, cls, t, className, showTitle, lang, logo } = chrome;
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (tone === 'success') ref.current?.focus();
  }, [tone]);
  const Region = tone === 'success' ? C.Status : C.Alert;
  return (
    <AuthFormContext.Provider value={chrome}>
      <section
        className={cls('root', className)}
        lang={lang}
        data-bkh-form={name}
        data-state={tone}
        aria-labelledby={showTitle ? titleId : undefined}
      >
        {logo !== undefined && logo !== null ? <div className={cls('logo')}>{logo}</div> : null}
        {showTitle ? (
          <C.Title id={titleId} className={cls('title')}>
            {t(title)}
          </C.Title>
        ) : null}
        <Region
          ref={ref}
          role={tone === 'success' ? 'status' : 'alert'}
          tabIndex={-1}
          className={cls(tone === 'success' ? 'status' : 'alert')}
          data-focus-target=""
        >
          <StatusIcon tone={tone} />
          <p>{t(body, params)}</p>
        </Region>
        {children}
        {anyAction(actions) ? (
          <div className={cls('actions')}>
            <Actions items={actions} />
          </div>
        ) : null}
      </section>
    </AuthFormContext.Provider>
  );
}
