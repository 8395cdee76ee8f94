import { useEffect, useState } from 'react';
import { takeUrlParam } from '../takeUrlParam.js';

/** Why the verify route sent the customer back: a link problem, a throttle, an outage, or BizKitHub's code. */
export type MagicLinkErrorReason =
  | 'used'
  | 'expired'
  | 'invalid'
  | 'rate-limit'
  | 'unavailable'
  | 'E001'
  | 'E002'
  | 'E003'
  | 'E004'
  | 'E005'
  | 'E006'
  | 'E007';

const reasons: readonly string[] = [
  'used', 'expired', 'invalid', 'rate-limit', 'unavailable', 'E001', 'E002', 'E003', 'E004', 'E005', 'E006', 'E007',
];

function isReason(value: string): value is MagicLinkErrorReason {
  return reasons.includes(value);
}

/**
 * The `?error=` the magic-link verify route redirected with, read once after mount and removed from
 * the address bar (a reload then shows a clean form). An unknown value reads as an invalid link.
 */
export function useMagicLinkError(enabled: boolean, param = 'error') {
  const [reason, setReason] = useState<MagicLinkErrorReason | undefined>(undefined);
  useEffect(() => {
    // Direct mode has no verify route: another `?error=` of the page is none of the form's business.
    if (!enabled) return;
    const found = takeUrlParam(param);
    if (found === null) return;
    // The URL is only readable after mount (server rendering has none), hence state set in an effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setReason(isReason(found) ? found : 'invalid');
  }, [enabled, param]);
  return [reason, setReason] as const;
}
