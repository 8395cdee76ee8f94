import { useCallback, useEffect, useMemo, useState } from 'react';
import { isPositiveNumber } from '../core/retryAfter.js';

/**
 * The wait after a throttling answer, during which a form refuses submits. A form hook's `cooldown`
 * is a `FormCooldown`: this without `start`, with its texts.
 */
export interface Cooldown {
  /** True while the submit button must stay disabled. */
  active: boolean;
  /** What is left of the wait, in milliseconds (0 when not active). */
  remainingMs: number;
  /** The whole wait that was started, in milliseconds. */
  totalMs: number;
  /** True once a cooldown has run out, until the next one starts (for the "try again now" announcement). */
  ended: boolean;
  /** True when the wait is our guess (the server named none): say "in a moment", not a time. */
  estimated: boolean;
  /** Starts a wait; a non-finite or non-positive one is refused (it would lock the form for ever): then `false`. */
  start: (ms: number, estimated?: boolean) => boolean;
}

export interface CooldownState {
  endsAt: number;
  totalMs: number;
  estimated?: boolean | undefined;
}

/**
 * A wait that counts down once a second and ends by itself. With a `store` (the provider's) and a
 * `key` (the endpoint), a running wait survives the form being unmounted and mounted again.
 */
export function useCooldown(store?: Map<string, CooldownState>, key = ''): Cooldown {
  const [state, setState] = useState<CooldownState | null>(() => {
    const saved = store?.get(key);
    return saved !== undefined && saved.endsAt > Date.now() ? saved : null;
  });
  const [now, setNow] = useState(() => Date.now());
  const [ended, setEnded] = useState(false);

  const start = useCallback(
    (ms: number, estimated = false) => {
      if (!isPositiveNumber(ms)) return false;
      const current = Date.now();
      const next = { endsAt: current + ms, totalMs: ms, estimated };
      store?.set(key, next);
      setNow(current);
      setEnded(false);
      setState(next);
      return true;
    },
    [store, key],
  );

  useEffect(() => {
    if (state === null) return;
    const tick = () => {
      const current = Date.now();
      if (current >= state.endsAt) {
        if (store?.get(key) === state) store.delete(key);
        setState(null);
        setEnded(true);
      } else {
        setNow(current);
      }
    };
    const remaining = state.endsAt - Date.now();
    // Tick on whole seconds of the remaining time so the countdown never skips a number.
    let interval: ReturnType<typeof setInterval> | undefined;
    const first = setTimeout(() => {
      tick();
      interval = setInterval(tick, 1000);
    }, remaining % 1000 || 1000);
    return () => {
      clearTimeout(first);
      if (interval !== undefined) clearInterval(interval);
    };
  }, [state, store, key]);

  const remainingMs = state === null ? 0 : Math.max(0, state.endsAt - now);
  const totalMs = state?.totalMs ?? 0;
  const active = state !== null;
  const estimated = state?.estimated === true;
  return useMemo(
    () => ({ active, remainingMs, totalMs, ended, estimated, start }),
    [active, remainingMs, totalMs, ended, estimated, start],
  );
}
