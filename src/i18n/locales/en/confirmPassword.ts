/** The English texts of the "confirm password" field (register, set-new-password). */
export const confirmPasswordTexts = {
  'validation.password.mismatch': 'The passwords do not match.',
  'field.confirmPassword.label': 'Confirm password',
  'password.showConfirm': 'Show password confirmation',
  'password.hideConfirm': 'Hide password confirmation',
} as const;
