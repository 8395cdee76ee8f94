import { useState } from 'react';
import type { MessageKey } from '../../i18n/messages.js';
import { useAuthFormContext } from '../AuthFormContext.js';
import { TextField, type TextFieldProps } from './TextField.js';
import { visuallyHidden } from './visuallyHidden.js';
import { InlineIcon } from '../InlineIcon.js';

/** Each password label with the toggle's names: what a press will do, naming that field. */
const toggleNames = {
  'field.password.label': ['password.show', 'password.hide'],
  'field.newPassword.label': ['password.showNew', 'password.hideNew'],
  'field.confirmPassword.label': ['password.showConfirm', 'password.hideConfirm'],
} as const satisfies Record<string, readonly [MessageKey, MessageKey]>;

/** The labels a password field can have (each has its own toggle names). */
export type PasswordLabel = keyof typeof toggleNames;

export type PasswordFieldProps = Omit<TextFieldProps, 'type' | 'after' | 'inputMode' | 'label'> & {
  label?: PasswordLabel;
  autoComplete: 'current-password' | 'new-password';
};

/**
 * A password input with a show/hide icon button at its end. The button's name says what a press
 * will do and which field it is for ("Show new password" / "Hide new password"), and the
 * crossed-out eye shows that the password is visible. No `aria-pressed` beside the changing name:
 * screen readers would say "Hide password, pressed".
 */
export function PasswordField({ label = 'field.password.label', ...props }: PasswordFieldProps) {
  const { components: C, t, cls } = useAuthFormContext();
  const [visible, setVisible] = useState(false);
  const [show, hide] = toggleNames[label];
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
          data-state={visible ? 'visible' : 'hidden'}
          onClick={() => setVisible((shown) => !shown)}
        >
          <EyeIcon crossed={visible} />
          <span style={visuallyHidden}>{t(visible ? hide : show)}</span>
        </C.Button>
      }
    />
  );
}

/** An eye, crossed out while the password is shown (a press would hide it). */
function EyeIcon({ crossed }: { crossed: boolean }) {
  return (
    <InlineIcon size={20}>
      <path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12Z" />
      <circle cx="12" cy="12" r="3" />
      {crossed ? <path d="M4 4l16 16" /> : null}
    </InlineIcon>
  );
}
