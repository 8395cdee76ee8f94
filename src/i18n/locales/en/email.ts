/** The English texts of the e-mail field (login, magic-auth, register, reset-password). */
export const emailTexts = {
  'validation.email.required': 'Enter your e-mail address.',
  'validation.email.invalid': 'Enter a valid e-mail address, such as jan@example.com.',
  'field.email.label': 'E-mail',
} as const;
