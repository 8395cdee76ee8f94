import { userEvent, type UserEvent } from '@testing-library/user-event';

const inJsdom = typeof navigator !== 'undefined' && navigator.userAgent.includes('jsdom');

/**
 * `userEvent.setup`, without user-event's pause after every key and click in jsdom. Its default
 * (`delay: 0`) waits for a macrotask after each; in jsdom nothing happens there (every event is
 * already wrapped in React's `act`), and those waits were a quarter of the form files' time. In
 * Chromium, where a real browser may do work between two keys, the default pause stays.
 */
export function setupUser(options: Parameters<typeof userEvent.setup>[0] = {}): UserEvent {
  return userEvent.setup({ ...(inJsdom ? { delay: null } : {}), ...options });
}
