/** The English texts of the login form: its texts and its links. */
export const loginTexts = {
  'action.forgotPassword': 'Forgot your password?',
  'login.title': 'Sign in',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.success': 'You are signed in.',
  'action.registerInstead': 'Don’t have an account yet? Create one',
  'action.magicLinkInstead': 'Sign in with an e-mail link instead',
  'login.success.title': 'Welcome back',
} as const;
