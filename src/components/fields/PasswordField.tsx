import { useState } from 'react';
import type { MessageKey } from '../../i18n/messages.js';
import { useAuthFormContext } from '../AuthFormContext.js';
import { TextField, type TextFieldProps } from './TextField.js';

export type PasswordFieldProps = Omit<TextFieldProps, 'type' | 'after' | 'inputMode' | 'label'> & {
  label?: MessageKey;
  autoComplete: 'current-password' | 'new-password';
};

/** A password input with a show/hide toggle: a button with `aria-pressed` and a localized name. */
export function PasswordField({ label = 'field.password.label', ...props }: PasswordFieldProps) {
  const { components: C, t, cls } = useAuthFormContext();
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      {...props}
      label={label}
      type={visible ? 'text' : 'password'}
      autoCapitalize="none"
      spellCheck={false}
      after={
        <C.Button
          type="button"
          className={cls('toggle')}
          aria-pressed={visible}
          data-state={visible ? 'visible' : 'hidden'}
          onClick={() => setVisible((shown) => !shown)}
        >
          {t('password.show')}
        </C.Button>
      }
    />
  );
}
