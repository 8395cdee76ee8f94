/** The English texts of the actions that lead from one form to another. */
export const actionTexts = {
  'action.login': 'Sign in',
  'action.register': 'Create an account',
  'action.contactSupport': 'Contact customer support',
} as const;
