import { useCallback, useEffect, useMemo, useState } from 'react';

export interface Cooldown {
  /** True while the submit button must stay disabled. */
  active: boolean;
  /** What is left of the wait, in milliseconds (0 when not active). */
  remainingMs: number;
  /** The whole wait that was started, in milliseconds. */
  totalMs: number;
  /** True once a cooldown has run out, until the next one starts (for the "try again now" announcement). */
  ended: boolean;
  start: (ms: number) => void;
}

/** A wait that counts down once a second and ends by itself. */
export function useCooldown(): Cooldown {
  const [state, setState] = useState<{ endsAt: number; totalMs: number } | null>(null);
  const [now, setNow] = useState(0);
  const [ended, setEnded] = useState(false);

  const start = useCallback((ms: number) => {
    const current = Date.now();
    setNow(current);
    setEnded(false);
    setState({ endsAt: current + Math.max(0, ms), totalMs: Math.max(0, ms) });
  }, []);

  useEffect(() => {
    if (state === null) return;
    const tick = () => {
      const current = Date.now();
      if (current >= state.endsAt) {
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
  }, [state]);

  const remainingMs = state === null ? 0 : Math.max(0, state.endsAt - now);
  const totalMs = state?.totalMs ?? 0;
  const active = state !== null;
  return useMemo(() => ({ active, remainingMs, totalMs, ended, start }), [active, remainingMs, totalMs, ended, start]);
}
