/** The English texts of the documented error codes of register-account: its form and `useErrorMessage` show them. */
export const registerErrorTexts = {
  'error.register-account.E001': 'Creating the account failed. Please try again in a moment.',
  'error.register-account.E002':
    'An account with this e-mail address already exists. Sign in, or reset your password if you have forgotten it.',
  'error.register-account.E003': 'This account has been blocked. Please contact customer support.',
  'error.register-account.E004':
    'Too many registration attempts. You can repeat an unconfirmed registration in 10 minutes at the earliest. Meanwhile, check whether the confirmation e-mail has arrived (look in your spam folder too).',
} as const;
