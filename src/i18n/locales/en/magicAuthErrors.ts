/** The English texts of the documented error codes of magic-auth: its form and `useErrorMessage` show them. */
export const magicAuthErrorTexts = {
  'error.magic-auth.E001': 'Signing in failed. Please try again in a moment.',
  'error.magic-auth.E002': 'We could not find an account with this e-mail address. Check it for typos, or create an account.',
  'error.magic-auth.E003': 'This e-mail address has no account yet. Create an account to sign in.',
  'error.magic-auth.E004': 'We could not sign you in with this e-mail address.',
  'error.magic-auth.E005': 'This account has been blocked. Please contact customer support.',
  'error.magic-auth.E006': 'Too many sign-in attempts. Please wait before you try again.',
  'error.magic-auth.E007':
    'This e-mail address has not been confirmed yet. Open the link in the confirmation e-mail we sent you, then sign in.',
} as const;
