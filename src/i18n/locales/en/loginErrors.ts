/** The English texts of the documented error codes of login: its form and `useErrorMessage` show them. */
export const loginErrorTexts = {
  'error.login.E001': 'Signing in failed. Please try again in a moment.',
  'error.login.E002': 'We could not find an account with this e-mail address. Check it for typos, or create an account.',
  'error.login.E003': 'This e-mail address has no account with a password yet. Create an account to sign in.',
  'error.login.E004': 'The e-mail address or password is not correct.',
  'error.login.E005': 'This account has been blocked. Please contact customer support.',
  'error.login.E006': 'Too many sign-in attempts. Please wait before you try again.',
  'error.login.E007':
    'This e-mail address has not been confirmed yet. Open the link in the confirmation e-mail we sent you, then sign in.',
} as const;
