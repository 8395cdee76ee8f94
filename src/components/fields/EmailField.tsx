import type { UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from './TextField.js';

/** The e-mail field every form starts with. */
export function EmailField({
  registration,
  error,
  autoComplete = 'email',
}: {
  registration: UseFormRegisterReturn;
  error: string | undefined;
  /** `'username'` where the address signs in, so password managers pair it with the password. */
  autoComplete?: 'email' | 'username';
}) {
  return (
    <TextField
      label="field.email.label"
      registration={registration}
      error={error}
      type="email"
      autoComplete={autoComplete}
      inputMode="email"
      autoCapitalize="none"
      spellCheck={false}
      required
    />
  );
}
