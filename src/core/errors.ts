import type { Endpoint, EndpointErrorCode, Operation } from './endpoints.js';
import { redact } from './redact.js';

/** What went wrong, as a program can act on it. */
export type BizKitHubErrorKind =
  /** A documented endpoint code (E001…); see `code`. */
  | 'api'
  /** A named platform code such as `PUBLIC_API_KEY_DOES_NOT_EXIST`; see `code`. */
  | 'platform'
  /** HTTP 429, or a platform code meaning too many requests; see `retryAfterMs`. */
  | 'rate-limit'
  /** A non-2xx answer with no readable code; see `status`. */
  | 'http'
  /** A body that is not JSON, or JSON of the wrong shape (including a success without `identityId`). */
  | 'invalid-response'
  /** The request never got an answer (offline, DNS, CORS, connection reset). */
  | 'network'
  /** No answer within `timeoutMs`. */
  | 'timeout'
  /** The caller's `AbortSignal` cancelled the request. */
  | 'aborted'
  /**
   * The session could not be checked (BizKitHub unreachable or too slow), so a page that needs a
   * signed-in customer cannot be shown: `requireAuth()` of `@bizkithub/auth-react/nextjs` throws it
   * for the app's error page, instead of sending the customer to sign in. See `cause`.
   */
  | 'unavailable'
  /** The input was refused before anything was sent; see `fields`. */
  | 'validation';

/**
 * A named platform code: upper-case words joined by `_`, before an endpoint runs. The ones the
 * contract documents are listed (BizKitHub's, and the server handler's own `INVALID_REQUEST` for a
 * body its schema refused); BizKitHub names more, so any `WORDS_JOINED` name is one too.
 */
export type PlatformErrorCode =
  | 'PUBLIC_API_KEY_DOES_NOT_EXIST'
  | 'PUBLIC_API_KEY_IS_NOT_IN_VALID_FORMAT'
  | 'PUBLIC_API_KEY_HAS_BEEN_EXPIRED'
  | 'PUBLIC_API_KEY_IS_NOT_ACTIVE'
  | 'PUBLIC_API_KEY_IS_EMPTY'
  | 'INTERNAL_TOO_MANY_REQUESTS'
  | 'INTERNAL_ACCOUNT_CAN_NOT_DETERMINATE_USER_IP'
  | 'RATE_LIMIT_EXCEEDED'
  | 'INVALID_REQUEST'
  // `& {}` keeps the names above in an editor's suggestions (a bare pattern would absorb them).
  | (`${string}_${string}` & {});

/**
 * The codes a `BizKitHubError` of `operation` can carry, as documented: the endpoint's own
 * (`endpointErrorCodes`: login and magic-auth E001–E007, register-account and set-new-password
 * E001–E004, none for reset-password or the handler's own routes) and the platform codes. So an
 * `E008` or a login code on register-account does not compile. A code no table documents (an
 * E-code a newer BizKitHub adds) still arrives as sent: give a `switch` over codes a `default`,
 * and treat the rest as the endpoint's generic failure, as `getErrorMessage` does.
 */
export type BizKitHubErrorCode<O extends Operation = Operation> = (O extends Endpoint ? EndpointErrorCode<O> : never) | PlatformErrorCode;

/**
 * What `new BizKitHubError(init)` takes: each field becomes the error's field of the same name (the
 * `serverMessage` redacted), and `cause` the standard `Error` cause. For mocks and tests of your own.
 */
export interface BizKitHubErrorInit<O extends Operation = Operation> {
  /** What went wrong, as a program can act on it. */
  kind: BizKitHubErrorKind;
  /** The endpoint or handler route the error comes from. */
  endpoint: O;
  /** The server's code, as it sent it. */
  code?: string | undefined;
  /** The HTTP status, when there was a response. */
  status?: number | undefined;
  /** How long the server asked to wait before the next attempt, when it said. */
  retryAfterMs?: number | undefined;
  /** For `validation`: field name → message key of the i18n catalog. */
  fields?: Readonly<Record<string, string>> | undefined;
  /** The server's own text: for developers' logs only, never for end users. */
  serverMessage?: string | undefined;
  /** What caused it (the fetch's own error, the abort reason), kept as the error's `cause`. */
  cause?: unknown;
}

/**
 * A `BizKitHubError` of one operation: `BizKitHubError` is the union of these, so checking
 * `error.endpoint === 'login'` narrows `error.code` to login's codes.
 */
export interface BizKitHubErrorOf<O extends Operation> extends Error {
  /** Always `'BizKitHubError'`: what logs and `isBizKitHubError` go by. */
  readonly name: 'BizKitHubError';
  /** What went wrong, as a program can act on it. */
  readonly kind: BizKitHubErrorKind;
  /** The endpoint or handler route the error came from. */
  readonly endpoint: O;
  /**
   * The server's code (`E004`, `PUBLIC_API_KEY_DOES_NOT_EXIST`, …) when it sent one: one of the
   * endpoint's documented codes or a platform code (see `BizKitHubErrorCode`).
   */
  readonly code: BizKitHubErrorCode<O> | undefined;
  /** The HTTP status, when there was a response. */
  readonly status: number | undefined;
  /** How long the server asked to wait before the next attempt (always > 0), when it said. */
  readonly retryAfterMs: number | undefined;
  /** For `validation`: field name → message key of the i18n catalog. */
  readonly fields: Readonly<Record<string, string>> | undefined;
  /** The server's own text, kept for logs (redacted, at most 300 characters). Never show it to end users. */
  readonly serverMessage: string | undefined;
}

/**
 * The `digest` of the error `requireAuth()` of `@bizkithub/auth-react/nextjs` throws when the session
 * cannot be checked. A production build of Next.js replaces a Server Component's error with a generic
 * one on its way to `error.tsx`, but keeps an error's own `digest`: this is how the page still tells an
 * outage from a bug (see `isAuthUnavailable`).
 */
export const authUnavailableDigest = 'BIZKITHUB_AUTH_UNAVAILABLE';

/**
 * The one error every client method, hook and form rejects with: a union over the operations, so
 * that narrowing by `endpoint` narrows `code` (`BizKitHubError<'login'>` for login's alone).
 * `message` is an English sentence for developers' logs; show end users
 * `getErrorMessage(error, locale)` instead.
 */
export type BizKitHubError<O extends Operation = Operation> = O extends Operation ? BizKitHubErrorOf<O> : never;

/** The `BizKitHubError` class: `new BizKitHubError(init)`, `error instanceof BizKitHubError`. */
export interface BizKitHubErrorConstructor {
  /** Creates the error of one operation; see `BizKitHubErrorInit`. */
  new <O extends Operation>(init: BizKitHubErrorInit<O>): BizKitHubError<O>;
  /** What `instanceof BizKitHubError` checks (`isBizKitHubError` also knows another copy's errors). */
  readonly prototype: BizKitHubError;
}

const brand = Symbol.for('@bizkithub/auth-react/BizKitHubError');

/** The one error every client method, hook and form rejects with; see the `BizKitHubError` type. */
export const BizKitHubError = class extends Error {
  override readonly name = 'BizKitHubError';
  // `declare`: the constructor assigns each field, so the build emits no empty field definitions.
  declare readonly kind: BizKitHubErrorKind;
  declare readonly endpoint: Operation;
  // Typed by the contract's tables (see BizKitHubErrorCode): the parser keeps the code as it came.
  declare readonly code: BizKitHubErrorCode | undefined;
  declare readonly status: number | undefined;
  declare readonly retryAfterMs: number | undefined;
  declare readonly fields: Readonly<Record<string, string>> | undefined;
  declare readonly serverMessage: string | undefined;

  constructor(init: BizKitHubErrorInit) {
    // Wherever the text came from, a key, token, identityId or e-mail in it never reaches a log.
    const serverMessage = init.serverMessage === undefined ? undefined : redact(String(init.serverMessage));
    super(describe(init, serverMessage), init.cause === undefined ? undefined : { cause: init.cause });
    Object.defineProperty(this, brand, { value: true });
    this.kind = init.kind;
    this.endpoint = init.endpoint;
    this.code = init.code as BizKitHubErrorCode | undefined;
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs;
    this.fields = init.fields;
    this.serverMessage = serverMessage;
  }
} as BizKitHubErrorConstructor;

/** True for a `BizKitHubError`, also one created by another copy of this package or another realm. */
export function isBizKitHubError(value: unknown): value is BizKitHubError {
  return (
    value instanceof BizKitHubError ||
    (typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true)
  );
}

// The developer's sentence of each kind; `describe` adds the code, status, wait or fields. Production
// builds drop the sentences: there the message names the kind ("BizKitHub login failed: network.").
const happened: Record<BizKitHubErrorKind, string> | undefined = process.env.NODE_ENV === 'production' ? undefined : {
  api: 'failed',
  platform: 'was refused by the platform',
  'rate-limit': 'was rate limited',
  http: 'failed without a readable error code',
  'invalid-response': 'answered a body that is not the documented JSON',
  network: 'could not be reached (network error)',
  timeout: 'did not answer in time',
  aborted: 'was aborted by the caller',
  unavailable: 'could not be checked (BizKitHub unreachable or too slow), so the page cannot be shown',
  validation: 'was not sent: invalid input',
};

/** The message: the kind's sentence, the details, and the server's (redacted) text. */
function describe({ kind, endpoint, code, status, retryAfterMs, fields }: BizKitHubErrorInit, serverMessage: string | undefined): string {
  const details = [
    code,
    status && `HTTP ${status}`,
    retryAfterMs !== undefined && `retry after ${Math.ceil(retryAfterMs / 1000)} s`,
    fields && Object.keys(fields).join(', '),
  ].filter(Boolean);
  // A body that is not the documented JSON may be anything (a proxy's page): its text is not quoted.
  const server = serverMessage && kind !== 'invalid-response' ? ` Server said: "${serverMessage}"` : '';
  return `BizKitHub ${endpoint} ${happened?.[kind] ?? `failed: ${kind}`}${details.length > 0 ? ` (${details.join(', ')})` : ''}.${server}`;
}
