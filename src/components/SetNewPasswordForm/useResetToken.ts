import { useEffect, useState } from 'react';
import { takeUrlParam } from '../takeUrlParam.js';

/**
 * The one-time token: from the `token` prop, or else read once from the page URL (`?token=`, or
 * `#token=`, which no server or Referer ever sees) and then removed from the address bar, so it
 * leaks neither through history nor the Referer header.
 * `undefined` until the URL has been read (never during server rendering), `null` when there is none.
 */
export function useResetToken(token: string | undefined, param: string): string | null | undefined {
  const [fromUrl, setFromUrl] = useState<string | null | undefined>(undefined);

  useEffect(() => {
    if (token !== undefined) return;
    const found = takeUrlParam(param, { fromFragment: true });
    // Under StrictMode this effect runs twice; the second run finds the address bar already clean.
    // The URL is only readable after mount (server rendering has none), hence state set in an effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFromUrl((previous) => previous ?? (found?.trim() || null));
  }, [token, param]);

  return token !== undefined ? token.trim() || null : fromUrl;
}
