/** The English texts of the documented error codes of reset-password: its form and `useErrorMessage` show them. */
export const resetPasswordErrorTexts = {
  'error.reset-password.failed': 'We could not send the link. Please try again in a moment.',
} as const;
