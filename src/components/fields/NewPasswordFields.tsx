import type { UseFormRegisterReturn } from 'react-hook-form';
import { PasswordField, type PasswordLabel } from './PasswordField.js';

type NewPasswordField = 'password' | 'confirmPassword';

export interface NewPasswordFieldsProps {
  register: (name: NewPasswordField) => UseFormRegisterReturn;
  fieldError: (name: NewPasswordField) => string | undefined;
  label: PasswordLabel;
  confirm: boolean;
}

/** A new password, and optionally the same password again (the schema checks they match). */
export function NewPasswordFields({ register, fieldError, label, confirm }: NewPasswordFieldsProps) {
  return (
    <>
      <PasswordField
        label={label}
        registration={register('password')}
        error={fieldError('password')}
        autoComplete="new-password"
        required
      />
      {confirm ? (
        <PasswordField
          label="field.confirmPassword.label"
          registration={register('confirmPassword')}
          error={fieldError('confirmPassword')}
          autoComplete="new-password"
          required
        />
      ) : null}
    </>
  );
}
