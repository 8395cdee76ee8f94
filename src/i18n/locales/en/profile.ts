/** The English texts magic-auth and register share: the name fields, the "(optional)" mark, the referral code. */
export const profileTexts = {
  'validation.referralId.invalid': 'The referral code must be 16 characters long.',
  'field.optional': '(optional)',
  'field.firstName.label': 'First name',
  'field.lastName.label': 'Last name',
} as const;
