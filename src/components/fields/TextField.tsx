import { useId, type HTMLInputTypeAttribute, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { MessageKey } from '../../i18n/messages.js';
import { useAuthFormContext } from '../AuthFormContext.js';

export interface TextFieldProps {
  label: MessageKey;
  registration: UseFormRegisterReturn;
  /** The field's error in the form's language (a form hook's `fieldError(name)`), if any. */
  error?: string | undefined;
  hint?: MessageKey | undefined;
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  inputMode?: 'text' | 'email' | 'tel' | 'numeric' | 'url';
  required?: boolean;
  /** Rendered after the input inside the field, e.g. the password visibility toggle. */
  after?: ReactNode;
  autoCapitalize?: string;
  spellCheck?: boolean;
}

/** A labelled input with its hint and error wired to it by ids from `useId`. */
export function TextField({
  label,
  registration,
  error,
  hint,
  type = 'text',
  autoComplete,
  inputMode,
  required = false,
  after,
  autoCapitalize,
  spellCheck,
}: TextFieldProps) {
  const { components: C, t, cls } = useAuthFormContext();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = error !== undefined;
  // The error replaces the hint in the description: read once, not the hint repeated after it.
  const describedBy = invalid ? errorId : hint ? hintId : undefined;

  return (
    <C.Field className={cls('field')} data-invalid={invalid || undefined} data-field={registration.name}>
      <C.Label className={cls('label')} htmlFor={id}>
        {t(label)}
        {required ? null : <span className="bkh-optional"> {t('field.optional')}</span>}
      </C.Label>
      <C.Input
        {...registration}
        id={id}
        className={cls('input')}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        required={required}
        aria-required={required || undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        data-invalid={invalid || undefined}
        autoCapitalize={autoCapitalize}
        spellCheck={spellCheck}
      />
      {after}
      {hint ? (
        <C.Hint id={hintId} className={cls('hint')}>
          {t(hint)}
        </C.Hint>
      ) : null}
      <FieldErrorText id={errorId} error={error} />
    </C.Field>
  );
}

/** A field's error, under the field, with the id its input's `aria-describedby` names; nothing without one. */
export function FieldErrorText({ id, error }: { id: string; error: string | undefined }) {
  const { components: C, cls } = useAuthFormContext();
  if (error === undefined) return null;
  return (
    <C.FieldError id={id} className={cls('error')}>
      {error}
    </C.FieldError>
  );
}
