import type { BizKitHubError } from '../core/errors.js';
import type { ActionItem, ActionTarget } from './fields/Action.js';

/** Links that login and magic-auth offer with their failures. */
export interface LoginLinks {
  /** Shows a "Create an account" action (also offered when the e-mail has no account or is not verified yet). */
  onRegister?: (() => void) | undefined;
  /** Shows "Create an account" as a link to this URL (your `<RegisterForm>` page). */
  registerHref?: string | undefined;
  /** Shows a "Contact customer support" action with the "account blocked" failure (E005). */
  onContactSupport?: (() => void) | undefined;
  /** Where "Contact customer support" leads, e.g. `'/contact'` or `'mailto:help@shop.example'`. */
  supportHref?: string | undefined;
}

/**
 * Failures for which registering is the way forward: no customer (E002), no password yet (E003).
 * Not confirmed yet (E007) is not here: registering again works only ten minutes after the last
 * time, which ConfirmationWait counts down and then offers.
 */
const registerCodes: ReadonlyArray<string | undefined> = ['E002', 'E003'];
/** The failure only customer support can lift: a blocked account. */
const bannedCode = 'E005';

/**
 * The actions login and magic-auth offer for a failure: register, or ask support about a ban.
 * Pass the failure as the customer is told it (after `hideExistence`): a folded one offers only
 * what its one answer offers, so the actions do not tell the addresses apart either.
 */
export function loginErrorActions(
  { kind, code }: Pick<BizKitHubError, 'kind' | 'code'>,
  register: ActionTarget,
  support: ActionTarget,
): readonly ActionItem[] | undefined {
  if (kind !== 'api') return undefined;
  if (registerCodes.includes(code)) return [[register, 'action.register']];
  if (code === bannedCode) return [[support, 'action.contactSupport']];
  return undefined;
}
