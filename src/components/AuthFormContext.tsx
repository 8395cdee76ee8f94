import { createContext, useContext, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/messages.js';
import type { MessageParams } from '../i18n/formatMessage.js';
import type { AuthFormClassNames, AuthFormComponents, AuthFormPart } from './slots.js';

export interface AuthFormContextValue {
  components: AuthFormComponents;
  classNames: AuthFormClassNames | undefined;
  /** The integrator's class for the form's root element. */
  className: string | undefined;
  showTitle: boolean;
  /** The provider's text for a key (else the form's English), with placeholders filled in. */
  t: (key: MessageKey, params?: MessageParams) => string;
  cls: (part: AuthFormPart, extra?: string) => string;
  /** The catalog's locale when it differs from the page's `<html lang>` (read after mount), for the root's `lang`. */
  lang: string | undefined;
  /** The integrator's line under the title, if any. */
  description: ReactNode;
  /** The shop's mark above the title, if any. */
  logo: ReactNode;
}

export const AuthFormContext = createContext<AuthFormContextValue | null>(null);

export function useAuthFormContext(): AuthFormContextValue {
  const value = useContext(AuthFormContext);
  if (!value) {
    throw new Error(process.env.NODE_ENV === 'production' ? 'BizKitHub: no form' : 'BizKitHub form parts must be rendered inside a BizKitHub form.');
  }
  return value;
}
