/** The English texts of the reset-password form. */
export const resetPasswordTexts = {
  'validation.expirationTime.invalid': 'Enter a duration such as 3h 20m.',
  'resetPassword.title': 'Reset your password',
  'resetPassword.intro': 'Enter the e-mail address of your account and we will send you a link to set a new password.',
  'resetPassword.submit': 'Send link',
  'resetPassword.submitting': 'Sending…',
  'resetPassword.success.title': 'Check your inbox',
  'resetPassword.success.body': 'If an account exists for {email}, we have sent a link to set a new password to that address.',
} as const;
