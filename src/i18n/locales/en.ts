/**
 * The English catalog: the source of truth for every key. Placeholders are `{name}`;
 * `{wait}` is a relative time already localized ("in 5 minutes"), `{time}` a countdown ("0:27").
 */
export const en = {
  $locale: 'en',

  // Documented error codes, per endpoint (the same code means different things on different endpoints).
  'error.login.E001': 'Signing in failed. Please try again in a moment.',
  'error.login.E002': 'We could not find an account with this e-mail address. Check it for typos, or create an account.',
  'error.login.E003': 'This e-mail address has no account with a password yet. Create an account to sign in.',
  'error.login.E004': 'The e-mail address or password is not correct.',
  'error.login.E005': 'This account has been blocked. Please contact customer support.',
  'error.login.E006': 'Too many sign-in attempts. Please wait before you try again.',
  'error.login.E007':
    'This e-mail address has not been confirmed yet. Open the link in the confirmation e-mail we sent you, then sign in. If the e-mail has not arrived, register again and we will send it once more.',
  'error.magic-auth.E001': 'Signing in failed. Please try again in a moment.',
  'error.magic-auth.E002': 'We could not find an account with this e-mail address. Check it for typos, or create an account.',
  'error.magic-auth.E003': 'This e-mail address has no account yet. Create an account to sign in.',
  'error.magic-auth.E004': 'We could not sign you in with this e-mail address.',
  'error.magic-auth.E005': 'This account has been blocked. Please contact customer support.',
  'error.magic-auth.E006': 'Too many sign-in attempts. Please wait before you try again.',
  'error.magic-auth.E007':
    'This e-mail address has not been confirmed yet. Open the link in the confirmation e-mail we sent you, then sign in. If the e-mail has not arrived, register again and we will send it once more.',
  'error.register-account.E001': 'Creating the account failed. Please try again in a moment.',
  'error.register-account.E002':
    'An account with this e-mail address already exists. Sign in, or reset your password if you have forgotten it.',
  'error.register-account.E003': 'This account has been blocked. Please contact customer support.',
  'error.register-account.E004':
    'Too many registration attempts. You can repeat an unconfirmed registration in 10 minutes at the earliest. Meanwhile, check whether the confirmation e-mail has arrived (look in your spam folder too).',
  'error.reset-password.failed': 'We could not send the link. Please try again in a moment.',
  'error.set-new-password.E001': 'Changing the password failed. Please try again in a moment.',
  'error.set-new-password.E002': 'You have used this password before. For your security, choose a new one.',
  'error.set-new-password.E003': 'This password reset link is not valid. Please request a new one.',
  'error.set-new-password.E004': 'This password reset link has expired. Please request a new one.',

  // Error kinds, for answers without a documented code.
  'error.network': 'We could not reach the server. Check your internet connection and try again.',
  'error.timeout': 'The server is taking too long to answer. Please try again.',
  'error.aborted': 'The request was cancelled.',
  'error.rateLimit': 'Too many attempts. Please wait a moment and try again.',
  'error.rateLimitWait': 'Too many attempts. Please try again {wait}.',
  'error.platform.apiKey':
    'This service is not available right now because of a configuration problem on this site. Please try again later.',
  'error.platform.ip': 'We could not verify your connection. Please try again later.',
  'error.platform': 'The service refused the request. Please try again later.',
  'error.http': 'Something went wrong. Please try again later.',
  'error.server': 'The service is temporarily unavailable. Please try again in a moment.',
  'error.invalidResponse': 'The server sent an unexpected answer. Please try again later.',
  'error.validation': 'Some fields need your attention.',
  'error.unknown': 'Something went wrong. Please try again.',

  // Field checks (the keys the zod schemas report).
  'validation.invalid': 'This value is not valid.',
  'validation.email.required': 'Enter your e-mail address.',
  'validation.email.invalid': 'Enter a valid e-mail address, such as jan@example.com.',
  'validation.password.required': 'Enter your password.',
  'validation.password.mismatch': 'The passwords do not match.',
  'validation.phone.invalid': 'Enter the phone number with its country code, such as +420 777123456.',
  'validation.referralId.invalid': 'The referral code must be 16 characters long.',
  'validation.customerRealIp.invalid': 'The customer’s IP address is not valid.',
  'validation.token.required': 'The password reset link is missing its code.',
  'validation.expirationTime.invalid': 'Enter a duration such as 3h 20m.',
  'validation.returnUrl.invalid': 'The return address must be a full web address, such as https://shop.example/.',
  'validation.country.invalid': 'Enter a two-letter country code, such as CZ.',
  'validation.primaryLocale.invalid': 'Enter a language code, such as en or cs.',

  // Field labels and hints.
  'field.optional': '(optional)',
  'field.email.label': 'E-mail',
  'field.password.label': 'Password',
  'field.newPassword.label': 'New password',
  'field.confirmPassword.label': 'Confirm password',
  'field.name.label': 'Full name',
  'field.firstName.label': 'First name',
  'field.lastName.label': 'Last name',
  'field.phone.label': 'Phone',
  'field.phone.hint': 'With the country code, such as +420 777123456.',
  'field.companyName.label': 'Company name',
  'field.companyRegistrationNumber.label': 'Company ID',
  'field.taxIdentificationNumber.label': 'VAT ID',
  'field.streetAddress.label': 'Street and number',
  'field.city.label': 'City',
  'field.cityPart.label': 'District',
  'field.stateRegion.label': 'Region',
  'field.postalCode.label': 'Postal code',
  'field.country.label': 'Country',
  'field.country.hint': 'A two-letter code, such as CZ.',
  'field.newsletter.label': 'Send me news and offers by e-mail',
  'field.primaryLocale.label': 'Preferred language',
  'password.show': 'Show password',

  // Links and actions the forms offer.
  'action.signIn': 'Sign in',
  'action.register': 'Create an account',
  'action.forgotPassword': 'Forgot your password?',
  'action.resetPassword': 'Reset your password',
  'action.requestNewLink': 'Request a new link',

  // Cooldown after a throttling answer.
  'cooldown.started': 'You can try again {wait}.',
  'cooldown.countdown': 'You can try again in {time}.',
  'cooldown.ended': 'You can try again now.',

  // The forms.
  'login.title': 'Sign in',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.success': 'You are signed in.',
  'magicAuth.title': 'Sign in with your e-mail',
  'magicAuth.submit': 'Continue',
  'magicAuth.submitting': 'Signing in…',
  'magicAuth.success': 'You are signed in.',
  'register.title': 'Create an account',
  'register.submit': 'Create account',
  'register.submitting': 'Creating your account…',
  'register.success.title': 'Check your inbox',
  'register.success.body':
    'We sent an e-mail with a confirmation link to {email}. Click the link to activate your account. If you cannot see the e-mail, look in your spam folder too.',
  'resetPassword.title': 'Reset your password',
  'resetPassword.intro': 'Enter the e-mail address of your account and we will send you a link to set a new password.',
  'resetPassword.submit': 'Send link',
  'resetPassword.submitting': 'Sending…',
  'resetPassword.success.title': 'Check your inbox',
  'resetPassword.success.body': 'If an account exists for {email}, we have sent it a link to set a new password.',
  'setNewPassword.title': 'Set a new password',
  'setNewPassword.submit': 'Save password',
  'setNewPassword.submitting': 'Saving…',
  'setNewPassword.success.title': 'Password changed',
  'setNewPassword.success.body': 'Your password has been changed. You can now sign in with it.',
  'setNewPassword.missingToken':
    'This link is incomplete. Open the link from the e-mail again, or request a new one.',

  // Sessions.
  'signOut.submit': 'Sign out',
  'signOut.submitting': 'Signing out…',

  // Magic links (server mode).
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

  // Catalog texts (issues 11 and 12): the other form as a whole sentence, support, a wait we only guess.
  'action.signInInstead': 'Already have an account? Sign in',
  'action.registerInstead': 'Don’t have an account yet? Create one',
  'action.contactSupport': 'Contact customer support',
  'cooldown.startedSoon': 'You can try again in a moment.',

  // Looks (issue 11): password toggles that name their field; register field groups.
  'password.hide': 'Hide password',
  'password.showNew': 'Show new password',
  'password.hideNew': 'Hide new password',
  'password.showConfirm': 'Show password confirmation',
  'password.hideConfirm': 'Hide password confirmation',
  'register.group.account': 'Account',
  'register.group.personal': 'Personal details',
  'register.group.company': 'Company',
  'register.group.address': 'Address',

  // Success headings (issue 12, asked by H7): each success panel has its own heading.
  'login.success.title': 'Welcome back',
  'magicAuth.success.title': 'Welcome',
} as const;
