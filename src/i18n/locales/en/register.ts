/**
 * The English texts of the registration form: its documented error codes, its texts, its profile
 * fields and their checks.
 */
export const registerTexts = {
  'error.register-account.E001': 'Creating the account failed. Please try again in a moment.',
  'error.register-account.E002':
    'An account with this e-mail address already exists. Sign in, or reset your password if you have forgotten it.',
  'error.register-account.E003': 'This account has been blocked. Please contact customer support.',
  'error.register-account.E004':
    'Too many registration attempts. You can repeat an unconfirmed registration in 10 minutes at the earliest. Meanwhile, check whether the confirmation e-mail has arrived (look in your spam folder too).',
  'validation.phone.invalid': 'Enter the phone number with its country code, such as +420 777123456.',
  'validation.returnUrl.invalid': 'The return address must be a full web address, such as https://shop.example/.',
  'validation.country.invalid': 'Enter a two-letter country code, such as CZ.',
  'validation.primaryLocale.invalid': 'Enter a language code, such as en or cs.',
  'field.name.label': 'Full name',
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
  'action.resetPassword': 'Reset your password',
  'register.title': 'Create an account',
  'register.submit': 'Create account',
  'register.submitting': 'Creating your account…',
  'register.success.title': 'Check your inbox',
  'register.success.body':
    'We sent an e-mail with a confirmation link to {email}. Click the link to activate your account. If you cannot see the e-mail, look in your spam folder too.',
  'action.signInInstead': 'Already have an account? Sign in',
  'register.group.account': 'Account',
  'register.group.personal': 'Personal details',
  'register.group.company': 'Company',
  'register.group.address': 'Address',
} as const;
