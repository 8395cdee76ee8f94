export { resolveMessages } from './catalogs.js';
export { formatMessage, type MessageParams } from './formatMessage.js';
export { formatCountdown, formatWait } from './formatWait.js';
export { getErrorMessage, getErrorMessageKey, translate } from './getErrorMessage.js';
export { en } from './locales/en.js';
export { shippedLocales } from './messages.js';
export type { BuiltInLocale, MessageKey, Messages } from './messages.js';
