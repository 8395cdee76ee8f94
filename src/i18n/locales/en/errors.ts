/**
 * The English texts of failures by kind, for answers without a documented code: every form,
 * `useErrorMessage` and `<SignOutButton>` show them.
 */
export const errorTexts = {
  'error.network': 'We could not reach the server. Check your internet connection and try again.',
  'error.timeout': 'The server is taking too long to respond. Please try again.',
  'error.aborted': 'The request was cancelled.',
  'error.rateLimit': 'Too many attempts. Please wait before you try again.',
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
} as const;
