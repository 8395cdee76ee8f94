import type { UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from './TextField.js';

/** The e-mail field every form starts with. */
export function EmailField({ registration, error }: { registration: UseFormRegisterReturn; error: string | undefined }) {
  return (
    <TextField
      label="field.email.label"
      registration={registration}
      error={error}
      type="email"
      autoComplete="email"
      inputMode="email"
      autoCapitalize="none"
      spellCheck={false}
      required
    />
  );
}
