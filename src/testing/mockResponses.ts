import { HttpResponse } from 'msw';
import type { MockEndpoint, MockRateLimit } from './types.js';

/** The messages of the endpoint pages; clients must switch on the code, never on these. */
const endpointMessages: Record<MockEndpoint, Readonly<Record<string, string>>> = {
  login: {
    E001: 'Customer login failed.',
    E002: 'Customer e-mail does not exist.',
    E003: 'Customer have not a registered account.',
    E004: 'Wrong e-mail or password.',
    E005: 'Customer account has been banned.',
    E006: 'Too many login attempts.',
    E007: 'Customer mail has not been authorized.',
  },
  'magic-auth': {
    E001: 'Customer login failed.',
    E002: 'Customer e-mail does not exist.',
    E003: 'Customer have not a registered account.',
    E004: 'Wrong e-mail or password.',
    E005: 'Customer account has been banned.',
    E006: 'Too many login attempts.',
    E007: 'Customer mail has not been authorized.',
  },
  'register-account': {
    E001: 'Customer register failed.',
    E002: 'Customer has been registered.',
    E003: 'Customer account has been banned.',
    E004: 'Too many registration attempts.',
  },
  'reset-password': {
    E001: 'Reset password request failed.',
  },
  'set-new-password': {
    E001: 'Change password failed.',
    E002: 'You have entered a previously used password. For security reasons, please enter a new and unique password.',
    E003: 'Reset password request does not exist.',
    E004: 'Reset password request has been expired.',
  },
  'account-info': {
    E001: 'Account info request failed.',
  },
};

const platformMessages: Readonly<Record<string, string>> = {
  PUBLIC_API_KEY_IS_EMPTY: 'Public API key is empty. Pass it as the "apiKey" query parameter.',
  PUBLIC_API_KEY_IS_NOT_IN_VALID_FORMAT: 'Public API key is not in valid format.',
  PUBLIC_API_KEY_DOES_NOT_EXIST: 'Public API key does not exist.',
  PUBLIC_API_KEY_HAS_BEEN_EXPIRED: 'Public API key has been expired.',
  PUBLIC_API_KEY_IS_NOT_ACTIVE: 'Public API key is not active.',
  INTERNAL_TOO_MANY_REQUESTS: 'Too many requests.',
  INTERNAL_ACCOUNT_CAN_NOT_DETERMINATE_USER_IP: 'Can not determinate user IP.',
};

/** The HTTP status of a platform code when the caller names none. */
export function platformStatus(code: string): number {
  if (code.startsWith('PUBLIC_API_KEY_')) return 404;
  if (code === 'INTERNAL_TOO_MANY_REQUESTS') return 429;
  return 400;
}

/** `{ success: false, errorCode, message }`, the documented failure body of the customer endpoints. */
export function endpointFailure(endpoint: MockEndpoint, code: string, status: number, message?: string): Response {
  return HttpResponse.json(
    { success: false, errorCode: code, message: message ?? endpointMessages[endpoint][code] ?? 'Request failed.' },
    { status },
  );
}

/** A failure raised by the platform before the endpoint runs (API key checks and the like). */
export function platformFailure(code: string, status = platformStatus(code), message?: string): Response {
  return HttpResponse.json(
    { success: false, errorCode: code, message: message ?? platformMessages[code] ?? 'Request failed.' },
    { status },
  );
}

/** A successful answer, HTTP 200. */
export function success(body: Readonly<Record<string, unknown>>): Response {
  return HttpResponse.json({ ...body }, { status: 200 });
}

/** HTTP 429 as the rate-limit page shows it. */
export function rateLimited(limit: MockRateLimit, now: number): Response {
  const { retryAfterSeconds, retryAfterDate } = limit;
  let retryAfter: number;
  let header: string;
  if (retryAfterSeconds !== undefined) {
    retryAfter = Math.max(0, Math.ceil(retryAfterSeconds));
    header = String(retryAfter);
  } else if (retryAfterDate !== undefined) {
    retryAfter = Math.max(0, Math.ceil((retryAfterDate.getTime() - now) / 1000));
    header = retryAfterDate.toUTCString();
  } else {
    retryAfter = 60;
    header = '60';
  }
  return HttpResponse.json(
    { error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests', retry_after: retryAfter } },
    {
      status: 429,
      headers: {
        'Retry-After': header,
        'X-RateLimit-Limit': '1000',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': String(Math.floor(now / 1000) + retryAfter),
      },
    },
  );
}

/** An HTML error page, as a proxy or load balancer answers when the API is unreachable. */
export function htmlErrorPage(status: number): Response {
  return HttpResponse.html(
    `<!DOCTYPE html>\n<html><head><title>${status} Error</title></head><body><h1>${status} Error</h1><p>The upstream server did not answer.</p></body></html>`,
    { status },
  );
}
