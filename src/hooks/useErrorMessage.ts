import { useMemo } from 'react';
import { errorTexts } from '../i18n/locales/en/errors.js';
import { loginErrorTexts } from '../i18n/locales/en/loginErrors.js';
import { magicAuthErrorTexts } from '../i18n/locales/en/magicAuthErrors.js';
import { registerErrorTexts } from '../i18n/locales/en/registerErrors.js';
import { resetPasswordErrorTexts } from '../i18n/locales/en/resetPasswordErrors.js';
import { setNewPasswordErrorTexts } from '../i18n/locales/en/setNewPasswordErrors.js';
import type { MessageTexts } from '../i18n/messages.js';
import { errorTextOf } from '../i18n/texts.js';
import { useBizKitHub } from './BizKitHubProvider.js';

/** The English of every error sentence (every endpoint's codes, every kind), and no other text. */
const english: MessageTexts = {
  ...errorTexts,
  ...loginErrorTexts,
  ...magicAuthErrorTexts,
  ...registerErrorTexts,
  ...resetPasswordErrorTexts,
  ...setNewPasswordErrorTexts,
};

/**
 * The localized sentence for an error in the provider's locale (never the server's own text),
 * or `undefined` when there is no error.
 */
export function useErrorMessage(error: unknown): string | undefined {
  const { messages } = useBizKitHub();
  return useMemo(
    () => (error === null || error === undefined ? undefined : errorTextOf(messages, english, error)),
    [error, messages],
  );
}
