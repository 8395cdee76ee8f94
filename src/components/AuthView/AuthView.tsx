import { createElement, forwardRef, useEffect, useState, type ComponentPropsWithoutRef } from 'react';
import { useBizKitHub } from '../../hooks/BizKitHubProvider.js';
import { useSessionAnswer } from '../sessionCache.js';
import type { MessageKey } from '../../i18n/messages.js';
import { textOf } from '../../i18n/texts.js';
import type { AuthFormChromeProps } from '../AuthFormProps.js';
import { LoginForm, type LoginFormProps } from '../LoginForm/LoginForm.js';
import { loginFormTexts } from '../LoginForm/texts.js';
import { MagicAuthForm, type MagicAuthFormProps } from '../MagicAuthForm/MagicAuthForm.js';
import { magicAuthFormTexts } from '../MagicAuthForm/texts.js';
import { RegisterForm, type RegisterFormProps } from '../RegisterForm/RegisterForm.js';
import { registerFormTexts } from '../RegisterForm/texts.js';
import { ResetPasswordForm, type ResetPasswordFormProps } from '../ResetPasswordForm/ResetPasswordForm.js';
import { resetPasswordFormTexts } from '../ResetPasswordForm/texts.js';
import { SetNewPasswordForm, type SetNewPasswordFormProps } from '../SetNewPasswordForm/SetNewPasswordForm.js';
import { setNewPasswordFormTexts } from '../SetNewPasswordForm/texts.js';
import type { AuthFormComponents } from '../slots.js';

/** The views of `<AuthView>`, each named for the form it renders (`login` shows `<LoginForm>`, …). */
export type AuthViewName = 'login' | 'register' | 'magicAuth' | 'resetPassword' | 'setNewPassword';

/** The path segment of each view. */
export type AuthViewPaths = Record<AuthViewName, string>;

/**
 * The default path segments: `/auth/sign-in`, `/auth/sign-up`, … under any base. The addresses are
 * the customer's words; the keys are the views' (and the forms') names.
 */
export const defaultAuthViewPaths: Readonly<AuthViewPaths> = /* @__PURE__ */ Object.freeze({
  login: 'sign-in',
  register: 'sign-up',
  magicAuth: 'magic-link',
  resetPassword: 'forgot-password',
  setNewPassword: 'reset-password',
});

/** The props of `<AuthView>`: which view to show, where the views live, and the props of each view's form. */
export interface AuthViewProps extends AuthFormChromeProps {
  /**
   * The view to show: a path segment (`'sign-up'`, as a router's `:view` parameter gives it) or a
   * view name (`'register'`). Without it, the last segment of the page's path decides. Anything
   * unknown shows the login view.
   */
  view?: string | undefined;
  /** Path segments of the views, where they differ from `defaultAuthViewPaths`. */
  paths?: Partial<AuthViewPaths> | undefined;
  /**
   * Where the views live, e.g. `'/auth'`. By default the folder of the page's path, so the views
   * are siblings of the one shown.
   */
  basePath?: string | undefined;
  /**
   * The document title for a view, `%s` standing for the view's title; `false` leaves the title alone.
   * @default '%s'
   */
  titleTemplate?: string | false | undefined;
  /** Props of the `login` view's `<LoginForm>` (its callbacks, default values…). */
  loginProps?: Partial<LoginFormProps> | undefined;
  /** Props of the `register` view's `<RegisterForm>` (its fields, callbacks…). */
  registerProps?: Partial<RegisterFormProps> | undefined;
  /** Props of the `magicAuth` view's `<MagicAuthForm>`. */
  magicAuthProps?: Partial<MagicAuthFormProps> | undefined;
  /** Props of the `resetPassword` view's `<ResetPasswordForm>` (the "forgot password" page). */
  resetPasswordProps?: Partial<ResetPasswordFormProps> | undefined;
  /** Props of the `setNewPassword` view's `<SetNewPasswordForm>` (where the reset e-mail leads). */
  setNewPasswordProps?: Partial<SetNewPasswordFormProps> | undefined;
}

const viewTitles: Record<AuthViewName, [MessageKey, string]> = {
  login: ['login.title', loginFormTexts['login.title'] ?? ''],
  register: ['register.title', registerFormTexts['register.title'] ?? ''],
  magicAuth: ['magicAuth.title', magicAuthFormTexts['magicAuth.title'] ?? ''],
  resetPassword: ['resetPassword.title', resetPasswordFormTexts['resetPassword.title'] ?? ''],
  setNewPassword: ['setNewPassword.title', setNewPasswordFormTexts['setNewPassword.title'] ?? ''],
};

// The view's heading is the page's: an h1, not the forms' default h2.
const PageTitle = forwardRef<HTMLHeadingElement, ComponentPropsWithoutRef<'h1'>>((props, ref) => createElement('h1', { ...props, ref }));
PageTitle.displayName = 'BizKitHub.AuthView.Title';

function viewOf(value: string | undefined, paths: AuthViewPaths): AuthViewName {
  if (value === undefined) return 'login';
  const bySegment = (Object.keys(paths) as AuthViewName[]).find((name) => paths[name] === value);
  if (bySegment) return bySegment;
  return Object.hasOwn(paths, value) ? (value as AuthViewName) : 'login';
}

function lastSegment(pathname: string | undefined): string | undefined {
  return pathname?.replace(/\/+$/, '').split('/').at(-1) || undefined;
}

function folderOf(pathname: string): string {
  return pathname.replace(/\/+$/, '').replace(/\/[^/]*$/, '');
}

/**
 * Login, register, magic auth, reset password and set new password in one component that
 * switches between them: the shop's whole auth area from one route (`app/(auth)/[view]/page.tsx`,
 * `<Route path="/auth/:view">`). The forms' "instead" links lead to the other views, through the
 * provider's `navigate` when there is one, and keep `?returnTo=`. The heading is the page's h1, and
 * the document title follows the view.
 */
export function AuthView({
  view,
  paths: givenPaths,
  basePath,
  titleTemplate = '%s',
  loginProps,
  registerProps,
  magicAuthProps,
  resetPasswordProps,
  setNewPasswordProps,
  ...chrome
}: AuthViewProps) {
  const { navigate, messages, source } = useBizKitHub();
  // The login view links to the magic-auth view only where the handler mails links: its /session
  // answer says so, once something on the page asked for it (useSession, <UserButton>, <SignedIn>);
  // until then, no link. AuthView does not ask itself: that would bundle the session parser into every login page
  // (0.6 kB) for an offer the page's session UI already learns. Direct mode has no handler:
  // magic-auth there signs in on an e-mail alone, not a way to offer.
  const server = source.mode === 'server';
  const servesMagicLink = useSessionAnswer((state) => server && state?.data?.features?.magicLink === true);
  const paths: AuthViewPaths = { ...defaultAuthViewPaths, ...givenPaths };
  // The page's address, known after mount (server rendering has none); updated when a link here moves.
  const [location, setLocation] = useState<{ pathname: string; search: string } | undefined>(undefined);
  useEffect(() => {
    const update = () => setLocation({ pathname: window.location.pathname, search: window.location.search });
    update();
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, [view]);

  const current = viewOf(view ?? lastSegment(location?.pathname), paths);
  const returnTo = location ? new URLSearchParams(location.search).get('returnTo') : null;
  const folder = basePath?.replace(/\/+$/, '') ?? (location ? folderOf(location.pathname) : undefined);
  const hrefOf = (target: AuthViewName) => {
    const query = returnTo === null ? '' : `?${new URLSearchParams({ returnTo }).toString()}`;
    // Before mount, relative to the page: the views are siblings.
    return `${folder === undefined ? '' : `${folder}/`}${paths[target]}${query}`;
  };
  const push = navigate();
  /** A link to another view; with a router, a plain click goes through it (a ctrl/⌘-click opens a tab). */
  const link = (target: AuthViewName) => {
    const href = hrefOf(target);
    return {
      href,
      onClick: push && (() => {
        const url = new URL(href, window.location.href);
        push(url.pathname + url.search);
        setLocation({ pathname: url.pathname, search: url.search });
      }),
    };
  };

  const [titleKey, englishTitle] = viewTitles[current];
  const title = textOf(messages, { [titleKey]: englishTitle }, titleKey);
  useEffect(() => {
    if (titleTemplate !== false) document.title = titleTemplate.replace('%s', title);
  }, [title, titleTemplate]);

  const components: Partial<AuthFormComponents> = { Title: PageTitle, ...chrome.components };
  const common = { ...chrome, components };
  const login = link('login');
  const register = link('register');
  const resetPassword = link('resetPassword');
  const magicAuth = servesMagicLink ? link('magicAuth') : undefined;

  switch (current) {
    case 'register':
      return (
        <RegisterForm
          {...common}
          loginHref={login.href}
          onLogin={login.onClick}
          resetPasswordHref={resetPassword.href}
          onResetPassword={resetPassword.onClick}
          {...registerProps}
        />
      );
    case 'magicAuth':
      return <MagicAuthForm {...common} registerHref={register.href} onRegister={register.onClick} {...magicAuthProps} />;
    case 'resetPassword':
      return <ResetPasswordForm {...common} loginHref={login.href} onLogin={login.onClick} {...resetPasswordProps} />;
    case 'setNewPassword':
      return (
        <SetNewPasswordForm
          {...common}
          loginHref={login.href}
          onLogin={login.onClick}
          requestNewLinkHref={resetPassword.href}
          onRequestNewLink={resetPassword.onClick}
          {...setNewPasswordProps}
        />
      );
    default:
      return (
        <LoginForm
          {...common}
          registerHref={register.href}
          onRegister={register.onClick}
          resetPasswordHref={resetPassword.href}
          onResetPassword={resetPassword.onClick}
          magicLinkHref={magicAuth?.href}
          onMagicLink={magicAuth?.onClick}
          {...loginProps}
        />
      );
  }
}
