import { AuthView, BizKitHubProvider, SignedIn, SignedOut, SignOutButton, UserButton, type Account } from '@bizkithub/auth-react';
import { cs } from '@bizkithub/auth-react/locales/cs';
import { sk } from '@bizkithub/auth-react/locales/sk';
import type { MockBizKitHub } from '@bizkithub/auth-react/testing';
import { useEffect, useState } from 'react';
import { DemoMailbox } from './DemoMailbox';
import { shopLanguages, shopText, type ShopLanguage, type ShopText } from './shopTexts';

/** English is built into the package; every other language is imported from its own entry. */
const catalogs = [cs, sk];

/** The auth area: one `<AuthView>`, its views at AuthView's default paths (`#/sign-in`, `#/sign-up`, …). */
const authViews = ['sign-in', 'sign-up', 'magic-link', 'forgot-password', 'reset-password'] as const;
const pages = ['home', ...authViews, 'account'] as const;
type Page = (typeof pages)[number];
type AuthPage = (typeof authViews)[number];

function pageOf(hash: string): Page {
  const name = hash.replace(/^#\/?/, '').replace(/\?.*$/, '');
  return pages.find((page) => page === name) ?? 'home';
}

function isAuthPage(page: Page): page is AuthPage {
  return (authViews as readonly string[]).includes(page);
}

/** Hash routes (`#/sign-in`), so the demo runs from any static server. */
function useRoute(): [Page, (href: string) => void] {
  const [page, setPage] = useState<Page>(() => pageOf(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setPage(pageOf(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  // A link of the page's own (a reset link with `?token=`): moved to without a reload, so the
  // in-memory demo BizKitHub that issued its token keeps running.
  const navigate = (href: string) => {
    window.history.pushState(null, '', href);
    setPage(pageOf(new URL(href, window.location.href).hash));
  };
  return [page, navigate];
}

function storedLanguage(): ShopLanguage {
  const stored = sessionStorage.getItem('shop-language');
  return shopLanguages.find((language) => language === stored) ?? 'en';
}

function displayName(account: Account): string {
  return [account.firstName, account.lastName].filter(Boolean).join(' ') || account.companyName || account.email;
}

const products = [
  { name: 'Darjeeling First Flush', origin: 'India', price: 289 },
  { name: 'Sencha Kagoshima', origin: 'Japan', price: 245 },
  { name: 'Tie Guan Yin', origin: 'China', price: 320 },
] as const;

export interface AppProps {
  /** A proxy of your own that adds the key (VITE_BIZKITHUB_PROXY_URL); unset, the demo runs on `demoApi`. */
  baseUrl: string | undefined;
  /** The embedded BizKitHub, when the demo runs on it: its mailbox is shown beside the pages. */
  demoApi: MockBizKitHub | undefined;
}

export function App({ baseUrl, demoApi }: AppProps) {
  const [page, navigate] = useRoute();
  const [language, setLanguage] = useState<ShopLanguage>(storedLanguage);
  const t = (key: ShopText, params?: Readonly<Record<string, string>>) => shopText(language, key, params);

  // The page's language is the chosen one: screen readers pronounce it, and the forms see no mismatch.
  // The auth views title the page themselves (AuthView's titleTemplate), in the same language.
  useEffect(() => {
    document.documentElement.lang = language;
    if (!isAuthPage(page)) document.title = t('brand');
    sessionStorage.setItem('shop-language', language);
  });

  const go = (to: Page) => () => navigate(`#/${to}`);
  const price = new Intl.NumberFormat(language, { style: 'currency', currency: 'CZK', maximumFractionDigits: 0 });

  return (
    // Direct mode with a made-up DEV_ key, for the demo only: a real shop uses serverUrl (README, "Production mode").
    <BizKitHubProvider baseUrl={baseUrl} apiKey={baseUrl ? undefined : 'DEV_exampleexampleexampleexample'} locale={language} catalogs={catalogs}>
      <div className="shop">
        <header className="shop-header">
          <a className="shop-brand" href="#/">
            <svg aria-hidden="true" className="shop-logo" viewBox="0 0 32 32" width="36" height="36">
              <path d="M6 26C6 12 14 5 27 5c0 13-7 21-21 21Z" fill="#24573a" />
              <path d="M6 26 20 12" stroke="#faf7f0" strokeWidth="2" strokeLinecap="round" />
            </svg>
            <span>
              <strong>{t('brand')}</strong>
              <small>{t('tagline')}</small>
            </span>
          </a>
          <nav className="shop-account" aria-label={t('myAccount')}>
            {/* Signed in: a menu with the customer's card, "Your account" and "Sign out"; signed out: "Sign in". */}
            <UserButton accountHref="#/account" loginHref="#/sign-in" currency="CZK" onSignedOut={go('home')} />
            <SignedOut>
              <a className="shop-button" href="#/sign-up">
                {t('register')}
              </a>
            </SignedOut>
            <label className="shop-language">
              <span>{t('language')}</span>
              <select value={language} onChange={(event) => setLanguage(event.target.value as ShopLanguage)}>
                {shopLanguages.map((code) => (
                  <option key={code} value={code} lang={code}>
                    {new Intl.DisplayNames([code], { type: 'language' }).of(code)}
                  </option>
                ))}
              </select>
            </label>
          </nav>
        </header>

        <div className="shop-body">
          <main className="shop-main">
            {page === 'home' && (
              <section aria-labelledby="home-title">
                <h1 id="home-title">{t('homeTitle')}</h1>
                <p>{t('homeIntro')}</p>
                <ul className="shop-products">
                  {products.map((product) => (
                    <li key={product.name}>
                      <h2>{product.name}</h2>
                      <p>{product.origin}</p>
                      <p className="shop-price">{price.format(product.price)}</p>
                      <button type="button" className="shop-button">
                        {t('addToCart')}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {isAuthPage(page) && (
              <div className="shop-form">
                {/* The view comes from the hash route, and the forms' links lead to its siblings under basePath "#"
                    (#/sign-up, #/forgot-password…). The new-password view reads the token from `?token=` (or
                    `#token=`) and takes it out of the address bar. */}
                <AuthView
                  view={page}
                  basePath="#"
                  titleTemplate={`%s · ${t('brand')}`}
                  loginProps={{ onSuccess: go('account') }}
                  registerProps={{ confirmPassword: true, fields: ['firstName', 'lastName', 'phone', 'newsletter'] }}
                  magicAuthProps={{ fields: ['firstName'], onSuccess: go('account') }}
                  resetPasswordProps={{ expirationTime: '1h' }}
                />
                {page === 'sign-in' && (
                  <p>
                    <a href="#/magic-link">{t('signInByEmail')}</a>
                  </p>
                )}
                {page === 'magic-link' && <p className="shop-note">{t('magicNote')}</p>}
              </div>
            )}
            {page === 'account' && (
              <section aria-labelledby="account-title">
                <h1 id="account-title">{t('accountTitle')}</h1>
                <SignedIn>
                  {(account) => (
                    <>
                      <dl className="shop-details">
                        <dt>{t('accountName')}</dt>
                        <dd>{displayName(account)}</dd>
                        <dt>{t('accountEmail')}</dt>
                        <dd>{account.email}</dd>
                        <dt>{t('accountCredit')}</dt>
                        <dd>{price.format(account.creditBalance)}</dd>
                      </dl>
                      <SignOutButton className="shop-button shop-button-quiet" onSignedOut={go('home')} />
                    </>
                  )}
                </SignedIn>
                <SignedOut>
                  <p>{t('accountSignedOut')}</p>
                  <a href="#/sign-in">{t('signIn')}</a>
                </SignedOut>
                <p className="shop-note">{t('sessionNote')}</p>
              </section>
            )}
          </main>
          {demoApi ? (
            <DemoMailbox
              demoApi={demoApi}
              t={t}
              onOpenLink={(event) => {
                event.preventDefault();
                navigate(event.currentTarget.href);
              }}
            />
          ) : null}
        </div>
        <footer className="shop-footer">{t('footer')}</footer>
      </div>
    </BizKitHubProvider>
  );
}
