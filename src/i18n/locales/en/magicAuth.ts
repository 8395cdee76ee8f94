/**
 * The English texts of the magic-auth form in both modes: its documented error codes, its texts and
 * the magic link of server mode.
 */
export const magicAuthTexts = {
  'error.magic-auth.E001': 'Signing in failed. Please try again in a moment.',
  'error.magic-auth.E002': 'We could not find an account with this e-mail address. Check it for typos, or create an account.',
  'error.magic-auth.E003': 'This e-mail address has no account yet. Create an account to sign in.',
  'error.magic-auth.E004': 'We could not sign you in with this e-mail address.',
  'error.magic-auth.E005': 'This account has been blocked. Please contact customer support.',
  'error.magic-auth.E006': 'Too many sign-in attempts. Please wait before you try again.',
  'error.magic-auth.E007':
    'This e-mail address has not been confirmed yet. Open the link in the confirmation e-mail we sent you, then sign in. If the e-mail has not arrived, register again and we will send it once more.',
  'magicAuth.title': 'Sign in with your e-mail',
  'magicAuth.submit': 'Continue',
  'magicAuth.submitting': 'Signing in…',
  'magicAuth.success': 'You are signed in.',
  'magicLink.intro': 'Enter your e-mail address and we will send you a link that signs you in. No password needed.',
  'magicLink.submit': 'Send me a sign-in link',
  'magicLink.submitting': 'Sending…',
  'magicLink.sent.title': 'Check your inbox',
  'magicLink.sent.body': 'We sent a sign-in link to {email}. It works once and only for a short time.',
  'magicLink.resend': 'Send the link again',
  'magicLink.resending': 'Sending…',
  'magicLink.resendIn': 'You can send the link again in {time}.',
  'magicLink.changeEmail': 'Use a different e-mail address',
  'magicLink.error.used': 'This sign-in link has already been used. Request a new one below.',
  'magicLink.error.expired': 'This sign-in link has expired. Request a new one below.',
  'magicLink.error.invalid': 'This sign-in link is not valid. Request a new one below.',
  'magicAuth.success.title': 'Welcome',
} as const;
