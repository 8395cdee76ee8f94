/**
 * The English texts every form shows whatever its fields: the generic field error, a wrong
 * `customerRealIp` prop, and the cooldown after a throttling answer.
 */
export const formTexts = {
  'validation.invalid': 'This value is not valid.',
  'validation.customerRealIp.invalid': 'The customer’s IP address is not valid.',
  'cooldown.started': 'You can try again {wait}.',
  'cooldown.countdown': 'You can try again in {time}.',
  'cooldown.ended': 'You can try again now.',
  'cooldown.startedSoon': 'You can try again in a moment.',
} as const;
