import { en } from '../../i18n/locales/en.js';
import type { MessageKey } from '../../i18n/messages.js';

/** Field errors carry catalog keys; anything else (a custom resolver's text) is shown as a generic error. */
export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(en, value);
}
