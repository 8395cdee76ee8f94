import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createBizKitHubClient } from '../client/createClient.js';
import type { BizKitHubClient, BizKitHubClientOptions } from '../client/types.js';
import { resolveMessages } from '../i18n/catalogs.js';
import type { Messages } from '../i18n/messages.js';

export interface BizKitHubContextValue {
  client: BizKitHubClient;
  /** The locale the texts are in, as given to the provider. */
  locale: string;
  /** The resolved catalog: the locale's messages with the provider's overrides on top. */
  messages: Messages;
}

const BizKitHubContext = createContext<BizKitHubContextValue | null>(null);

export type BizKitHubProviderProps = BizKitHubClientOptions & {
  /** A client you created yourself; when given, the client options are ignored. */
  client?: BizKitHubClient | undefined;
  /**
   * The language of every text: `'en'`, `'cs'`, `'sk'` (or a tag such as `'cs-CZ'`).
   * Unknown locales fall back to English.
   * @default 'en'
   */
  locale?: string | undefined;
  /** Overrides of single texts of the catalog, e.g. `{ 'login.submit': 'Log in' }`. */
  messages?: Partial<Messages> | undefined;
  children?: ReactNode;
};

/**
 * Gives the hooks and forms their BizKitHub client and language. Place it inside your
 * `QueryClientProvider`: the hooks use the app's nearest QueryClient.
 *
 * @example
 * <BizKitHubProvider serverUrl="/api/auth" locale="cs">…</BizKitHubProvider> // production
 * <BizKitHubProvider apiKey="DEV_…">…</BizKitHubProvider>                   // prototypes
 */
export function BizKitHubProvider({
  client: givenClient,
  locale = 'en',
  messages: overrides,
  children,
  serverUrl,
  apiKey,
  baseUrl,
  accountInfoPath,
  timeoutMs,
  fetch,
  apiKeyIn,
}: BizKitHubProviderProps) {
  const client = useMemo(
    () => givenClient ?? createBizKitHubClient({ serverUrl, apiKey, baseUrl, accountInfoPath, timeoutMs, fetch, apiKeyIn }),
    [givenClient, serverUrl, apiKey, baseUrl, accountInfoPath, timeoutMs, fetch, apiKeyIn],
  );
  const messages = useMemo(() => resolveMessages(locale, overrides), [locale, overrides]);
  const value = useMemo(() => ({ client, locale, messages }), [client, locale, messages]);
  return <BizKitHubContext.Provider value={value}>{children}</BizKitHubContext.Provider>;
}

/** The provider's client, locale and messages; throws one clear sentence outside the provider. */
export function useBizKitHub(): BizKitHubContextValue {
  const value = useContext(BizKitHubContext);
  if (!value) {
    throw new Error(
      'BizKitHub hooks and forms must be used inside <BizKitHubProvider>: wrap your app in ' +
        '<QueryClientProvider client={queryClient}><BizKitHubProvider serverUrl="/api/auth">…</BizKitHubProvider></QueryClientProvider>.',
    );
  }
  return value;
}

/** The client of the nearest `<BizKitHubProvider>`. */
export function useBizKitHubClient(): BizKitHubClient {
  return useBizKitHub().client;
}
