/** The English texts of the password field (login, register; set-new-password checks it too). */
export const passwordTexts = {
  'validation.password.required': 'Enter your password.',
  'field.password.label': 'Password',
  'password.show': 'Show password',
  'password.hide': 'Hide password',
} as const;
