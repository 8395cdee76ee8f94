import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createClientConfig, type ClientSource } from '../client/config.js';
import { bindClient } from '../client/createClient.js';
import type { Operation } from '../core/endpoints.js';
import { BizKitHubError } from '../core/errors.js';
import type { SessionState } from '../core/session.js';
import type { BizKitHubClient, BizKitHubClientOptions } from '../client/types.js';
import type { Messages, ProvidedMessages } from '../i18n/messages.js';
import { provideMessages } from '../i18n/pickCatalog.js';
import { isClientObject } from './clientSource.js';
import { useFollowServerSession } from './useFollowServerSession.js';

export interface BizKitHubContextValue {
  /**
   * The checked options (the hooks call their own endpoint function with it), or the client object
   * given to the provider, or a stand-in that rejects every call when the options are wrong.
   */
  source: ClientSource;
  /** The locale tag given to the provider (the catalog's `$locale` when a catalog was given). */
  locale: string;
  /**
   * The resolved catalog with the provider's overrides on top. For English it holds only the
   * overrides: each form brings the English texts it shows, so English is never bundled whole.
   */
  messages: ProvidedMessages;
  /** Whether login and magic-auth answer E002, E003 and E004 alike (see the provider's prop). */
  hideAccountExistence: boolean;
  /** When each endpoint's cooldown ends (ms since the epoch): it outlives a form's unmount. */
  cooldowns: Map<string, { endsAt: number; totalMs: number; estimated?: boolean | undefined }>;
  /**
   * Set when the provider's options are wrong (a missing or malformed key…): the forms show a
   * configuration error in place, and every client call rejects with a `BizKitHubError`.
   */
  configError?: Error | undefined;
  /** The provider's `navigate`, current at call time (undefined when none was given). */
  navigate: () => ((href: string) => void) | undefined;
  /** Calls the provider's `onSessionChange`, if any. */
  sessionChanged: () => void;
  /** The provider's `initialSession`, for `useSession`'s first render. */
  initialSession: SessionState | undefined;
}

const BizKitHubContext = createContext<BizKitHubContextValue | null>(null);

/**
 * The props of `<BizKitHubProvider>`: the client options (or a `client` of your own), the language, how
 * the forms move on after a sign-in, and the session the server already read.
 */
export type BizKitHubProviderProps = BizKitHubClientOptions & {
  /** A client you created yourself; when given, the client options are ignored. */
  client?: BizKitHubClient | undefined;
  /**
   * The language of every text: a locale tag (`'en'`, `'cs'`, `'cs-CZ'`…) picked from English and
   * `catalogs`, or a catalog itself (`locale={cs}`). A tag with no catalog gives English and a
   * one-time development warning.
   * @default 'en'
   * @example
   * import { cs } from '@bizkithub/auth-react/locales/cs';
   * <BizKitHubProvider locale="cs" catalogs={[cs]}>…</BizKitHubProvider>
   */
  locale?: string | Messages | undefined;
  /**
   * The catalogs `locale` may pick from besides the built-in English, each imported from its own
   * entry (`@bizkithub/auth-react/locales/cs`, `…/sk`) or written by you, so the bundle carries
   * only these. Keep the array stable (a module constant) to avoid re-resolving on each render.
   * @default []
   */
  catalogs?: readonly Messages[] | undefined;
  /** Overrides of single texts of the catalog, e.g. `{ 'login.submit': 'Log in' }`. */
  messages?: Partial<Messages> | undefined;
  /**
   * Login and magic-auth show one screen, with the same actions, for "no such customer" (E002),
   * "no password yet" (E003), "banned" (E005) and "wrong e-mail or password" (E004), magic-auth
   * also for "not confirmed yet" (E007), so the page does not tell who has an account. Real
   * protection needs the same option on `createBizKitHubHandler`.
   * @default false
   */
  hideAccountExistence?: boolean | undefined;
  /**
   * How the forms move on after a sign-in (to `?returnTo=`, else their `afterLoginPath`): your
   * router's push, e.g. `(href) => router.push(href)` in Next.js, `navigate` in React Router. Without
   * it the forms use `location.assign` in server mode, and stay on their success text in direct mode
   * (a reload would forget the in-memory session).
   */
  navigate?: ((href: string) => void) | undefined;
  /**
   * Called once after each sign-in (login, magic-auth) and each sign-out, so server-rendered parts of
   * the page can catch up: `() => router.refresh()` in Next.js.
   */
  onSessionChange?: (() => void) | undefined;
  /**
   * The session as the server saw it while rendering this page (`auth()` of the Next.js or React
   * Router entry, `readSession()` of `/server` elsewhere), so `useSession`, `<SignedIn>` and
   * `<SignedOut>` know it from the first paint: no flash of signed-out content.
   * `{ status: 'unavailable' }` leaves them to ask.
   */
  initialSession?: SessionState | undefined;
  children?: ReactNode;
};

/**
 * Gives the hooks and forms their BizKitHub client and language. Place it inside your
 * `QueryClientProvider`: the hooks use the app's nearest QueryClient.
 *
 * @example
 * <BizKitHubProvider serverUrl="/api/auth" locale="cs" catalogs={[cs]}>…</BizKitHubProvider> // production
 * <BizKitHubProvider apiKey="DEV_…">…</BizKitHubProvider>                   // prototypes
 */
export function BizKitHubProvider({
  client: givenClient,
  locale = 'en',
  catalogs,
  messages: overrides,
  children,
  serverUrl,
  apiKey,
  baseUrl,
  accountInfoPath,
  timeoutMs,
  maxRetryAfterMs,
  fetch,
  apiKeyIn,
  hideAccountExistence = false,
  navigate,
  onSessionChange,
  initialSession,
}: BizKitHubProviderProps) {
  const { source, configError } = useMemo((): { source: ClientSource; configError?: Error } => {
    if (givenClient) return { source: givenClient };
    try {
      return { source: createClientConfig({ serverUrl, apiKey, baseUrl, accountInfoPath, timeoutMs, maxRetryAfterMs, fetch, apiKeyIn }) };
    } catch (error) {
      // A wrong or missing key must not blank the whole page: the forms show it where they stand.
      return misconfigured(error, serverUrl === undefined ? 'direct' : 'server', apiKey);
    }
  }, [givenClient, serverUrl, apiKey, baseUrl, accountInfoPath, timeoutMs, maxRetryAfterMs, fetch, apiKeyIn]);
  const messages = useMemo(() => provideMessages(locale, overrides, catalogs), [locale, overrides, catalogs]);
  const localeTag = typeof locale === 'string' ? locale : locale.$locale;
  // The latest callbacks, read when they are needed: an inline `(href) => router.push(href)` must
  // not re-render every form on each render of the app.
  const callbacks = useRef({ navigate, onSessionChange });
  useEffect(() => {
    callbacks.current = { navigate, onSessionChange };
  }, [navigate, onSessionChange]);
  // What stays the same for the provider's lifetime: the cooldowns and the callbacks' readers.
  const [lasting] = useState((): Pick<BizKitHubContextValue, 'cooldowns' | 'navigate' | 'sessionChanged'> => ({
    cooldowns: new Map(),
    navigate: () => callbacks.current.navigate,
    sessionChanged: () => callbacks.current.onSessionChange?.(),
  }));
  useFollowServerSession(initialSession, lasting.sessionChanged);
  const value = useMemo(
    () => ({ source, locale: localeTag, messages, hideAccountExistence, configError, initialSession, ...lasting }),
    [source, localeTag, messages, hideAccountExistence, configError, initialSession, lasting],
  );
  return <BizKitHubContext.Provider value={value}>{children}</BizKitHubContext.Provider>;
}

const loggedConfigErrors = new Set<string>();

/**
 * A stand-in client for options that `createBizKitHubClient` refused: the developer's sentence goes
 * to the console once, and every call rejects with a typed `BizKitHubError` (a platform key error,
 * which customers read as `error.platform.apiKey`) instead of the page failing to render.
 */
function misconfigured(error: unknown, mode: BizKitHubClient['mode'], apiKey: string | undefined) {
  const configError = error instanceof Error ? error : new TypeError(String(error));
  // `process.env.NODE_ENV`, as the browser client's own checks write it: the package's production
  // build and an app's bundler replace it, so production builds drop the development branches. (Only
  // the server half reads NODE_ENV when it runs, through `developmentAtRunTime`.)
  if (process.env.NODE_ENV !== 'production' && !loggedConfigErrors.has(configError.message)) {
    loggedConfigErrors.add(configError.message);
    console.error(`@bizkithub/auth-react: ${configError.message}`);
  }
  const code = apiKey === undefined || apiKey === '' ? 'PUBLIC_API_KEY_IS_EMPTY' : 'PUBLIC_API_KEY_IS_NOT_IN_VALID_FORMAT';
  const reject = (endpoint: Operation) => () =>
    Promise.reject(new BizKitHubError({ kind: 'platform', endpoint, code, cause: configError }));
  const client: BizKitHubClient = {
    mode,
    login: reject('login'),
    magicAuth: reject('magic-auth'),
    registerAccount: reject('register-account'),
    resetPassword: reject('reset-password'),
    setNewPassword: reject('set-new-password'),
    fetchSession: reject('session'),
    requestMagicLink: reject('magic-link'),
    signOut: reject('sign-out'),
    accountInfo: reject('account-info'),
  };
  return { source: client, configError };
}

/** The provider's client, locale and messages; throws one clear sentence outside the provider. */
export function useBizKitHub(): BizKitHubContextValue {
  const value = useContext(BizKitHubContext);
  if (!value) {
    throw new Error(
      process.env.NODE_ENV !== 'production'
        ? 'BizKitHub hooks and forms must be used inside <BizKitHubProvider>: wrap your app in ' +
            '<QueryClientProvider client={queryClient}><BizKitHubProvider serverUrl="/api/auth">…</BizKitHubProvider></QueryClientProvider>.'
        : 'BizKitHub: no <BizKitHubProvider> above',
    );
  }
  return value;
}

/** The client of the nearest `<BizKitHubProvider>`: every endpoint as a method. */
export function useBizKitHubClient(): BizKitHubClient {
  const { source } = useBizKitHub();
  return useMemo(() => (isClientObject(source) ? source : bindClient(source)), [source]);
}
