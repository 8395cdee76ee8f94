/** The English texts of the documented error codes of set-new-password: its form and `useErrorMessage` show them. */
export const setNewPasswordErrorTexts = {
  'error.set-new-password.E001': 'Changing the password failed. Please try again in a moment.',
  'error.set-new-password.E002': 'You have used this password before. For your security, choose a different one.',
  'error.set-new-password.E003': 'This password reset link is not valid. Please request a new one.',
  'error.set-new-password.E004': 'This password reset link has expired. Please request a new one.',
} as const;
