/** The English of the wait before registering again for a new confirmation e-mail (login and magic-auth E007). */
export const confirmationTexts = {
  'confirmation.pending': 'We sent it to {email}. If it has not arrived, you can register again {wait} and we will send a new one.',
  'confirmation.countdown': 'You can register again in {time}.',
  'confirmation.ready': 'If the confirmation e-mail to {email} has not arrived, register again and we will send a new one.',
  'action.registerAgain': 'Register again',
} as const;
