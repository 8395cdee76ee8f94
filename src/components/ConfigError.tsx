import { AuthFormContext, type AuthFormContextValue } from './AuthFormContext.js';
import { StatusIcon } from './StatusIcon.js';

/**
 * Where a form stands when the provider's options are wrong (a missing or malformed key…):
 * in development the developer's sentence, visibly, so the mistake is found on the page and not
 * only in the console; in production the customer's "not available right now" in their language.
 */
export function ConfigError({ chrome, name, error }: { chrome: AuthFormContextValue; name: string; error: Error }) {
  const { components: C, cls, className, t, lang } = chrome;
  // Inline at each use, so that bundlers drop the development branch from production builds.
  return (
    <AuthFormContext.Provider value={chrome}>
      <section className={cls('root', className)} data-bkh-form={name} data-state="config-error" lang={process.env.NODE_ENV !== 'production' ? 'en' : lang}>
        <C.Alert role="alert" className={cls('alert')} data-bkh-config-error="">
          <StatusIcon tone="error" />
          {process.env.NODE_ENV !== 'production' ? (
            <p>
              <strong>@bizkithub/auth-react configuration error</strong> (shown in development only): {error.message}
            </p>
          ) : (
            <p>{t('error.platform.apiKey')}</p>
          )}
        </C.Alert>
      </section>
    </AuthFormContext.Provider>
  );
}
