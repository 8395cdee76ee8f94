/** The English texts of the set-new-password form (the page the reset e-mail links to). */
export const setNewPasswordTexts = {
  'validation.token.required': 'The password reset link is missing its code.',
  'field.newPassword.label': 'New password',
  'action.requestNewLink': 'Request a new link',
  'setNewPassword.title': 'Set a new password',
  'setNewPassword.submit': 'Save password',
  'setNewPassword.submitting': 'Saving…',
  'setNewPassword.success.title': 'Password changed',
  'setNewPassword.success.body': 'Your password has been changed. You can now sign in with it.',
  'setNewPassword.missingToken':
    'This link is incomplete. Open the link from the e-mail again, or request a new one.',
  'password.showNew': 'Show new password',
  'password.hideNew': 'Hide new password',
} as const;
