import { useMemo } from 'react';
import { getErrorMessage } from '../i18n/getErrorMessage.js';
import { useBizKitHub } from './BizKitHubProvider.js';

/**
 * The localized sentence for an error in the provider's locale (never the server's own text),
 * or `undefined` when there is no error.
 */
export function useErrorMessage(error: unknown): string | undefined {
  const { messages } = useBizKitHub();
  return useMemo(
    () => (error === null || error === undefined ? undefined : getErrorMessage(error, messages)),
    [error, messages],
  );
}
