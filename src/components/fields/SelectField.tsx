import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { MessageKey } from '../../i18n/messages.js';
import { useAuthFormContext } from '../AuthFormContext.js';
import { FieldErrorText } from './TextField.js';

export interface SelectFieldProps {
  label: MessageKey;
  registration: UseFormRegisterReturn;
  /** The field's error in the form's language, if any. */
  error?: string | undefined;
  autoComplete?: string | undefined;
  /** The choices, already named in the form's language; the value is what is sent. */
  options: ReadonlyArray<{ value: string; label: string }>;
}

/** An optional choice (a country, a language) whose first option is "none". */
export function SelectField({ label, registration, error, autoComplete, options }: SelectFieldProps) {
  const { components: C, t, cls } = useAuthFormContext();
  const id = useId();
  const errorId = `${id}-error`;
  const invalid = error !== undefined;
  return (
    <C.Field className={cls('field')} data-invalid={invalid || undefined} data-field={registration.name} data-type="select">
      <C.Label className={cls('label')} htmlFor={id}>
        {t(label)}
        <span className="bkh-optional"> {t('field.optional')}</span>
      </C.Label>
      <C.Select
        {...registration}
        id={id}
        className={cls('input', 'bkh-select')}
        autoComplete={autoComplete}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        data-invalid={invalid || undefined}
      >
        <option value="" />
        {options.map(({ value, label: name }) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </C.Select>
      <FieldErrorText id={errorId} error={error} />
    </C.Field>
  );
}
