import { BizKitHubError, isBizKitHubError } from '../core/errors.js';
import { login } from '../client/login.js';
import type { LoginVariables } from '../client/types.js';
import { clientKey, knowsClient, limitRefusal, spend, windowOf } from './limits.js';
import type { ResolvedOptions } from './resolveOptions.js';
import { errorResponse, jsonResponse, outcomeOf, reportFault } from './responses.js';
import type { JsonBody } from './readJsonBody.js';
import { hiddenAnswer, hideExistence } from '../core/hideExistence.js';
import { clientIpOf, withClientIp } from './clientIpOf.js';
import { postRoute, type RouteHandler } from './routes.js';
import { sessionCookieFor } from './sessionCookieFor.js';
import { createLoginLock, type LockState } from './loginLock.js';

/**
 * `POST /login`: the client's budget and the lock (with `hideAccountExistence`) first, both read
 * at once and neither writing anything for the address tried; then BizKitHub. Sign-in never
 * depends on the store: when it fails, is full or is slow, both step aside and the answer stays the
 * same for known and unknown addresses; the store's fault still reaches `onError` (by default one
 * warn line a minute) with the answer the customer got.
 */
export function createLoginRoute(config: ResolvedOptions): RouteHandler {
  const { store, loginLimits } = config;
  const lock = config.hideAccountExistence ? createLoginLock(store) : undefined;

  /** The wait when this client has spent its budget; undefined to go on (also when the store failed). */
  async function clientWait(ip: string | undefined, onStoreError: (error: unknown) => void): Promise<number | undefined> {
    if (!knowsClient(ip)) return undefined;
    const { window, remaining } = windowOf(Date.now(), loginLimits.windowMs);
    try {
      return (await spend(store, await clientKey('sign-in', ip, window), loginLimits.perIp, remaining)) ? remaining : undefined;
    } catch (error) {
      onStoreError(error);
      return undefined;
    }
  }

  return postRoute(config, async (body, request, env) => {
    // The first store failure of this request: the sign-in goes on without the store, and the
    // answer carries the fault for onError (unless the answer is a fault of its own, BizKitHub's).
    let storeFailure: { error: unknown } | undefined;
    const onStoreError = (error: unknown) => {
      storeFailure ??= { error };
    };
    let response: Response;
    try {
      response = await signIn(body, request, env, onStoreError);
    } catch (error) {
      response = errorResponse(error);
    }
    return storeFailure && outcomeOf(response)?.fault === undefined ? reportFault(response, storeFailure.error) : response;
  });

  async function signIn(body: JsonBody, request: Request, env: unknown, onStoreError: (error: unknown) => void): Promise<Response> {
    const started = performance.now();
    const email = typeof body.email === 'string' ? body.email : '';
    const ip = clientIpOf(request, env, config);
    const [wait, state] = await Promise.all([clientWait(ip, onStoreError), lock ? lock.check(email, onStoreError) : Promise.resolve<LockState>('open')]);
    if (wait !== undefined) return limitRefusal('rate-limit-client', wait);
    if (lock && state === 'locked') return lock.locked();
    let identityId: string | undefined;
    // BizKitHub gets what is left of timeoutMs after the store round before it and the one after it.
    const deadline = new AbortController();
    const left = config.upstream.timeoutMs - (performance.now() - started) - config.storeTimeoutMs;
    const timer = setTimeout(() => deadline.abort(), Math.max(1, left));
    try {
      ({ identityId } = await login(config.upstream, withClientIp(body, ip) as unknown as LoginVariables, { signal: deadline.signal }));
    } catch (error) {
      if (deadline.signal.aborted && isBizKitHubError(error) && error.kind === 'aborted') throw new BizKitHubError({ kind: 'timeout', endpoint: 'login' });
      if (lock && isBizKitHubError(error) && error.kind === 'api') {
        await lock.record(email, error.code, onStoreError);
        // BizKitHub's own lock shows only for real accounts, and only when the handler's count fell
        // behind (the store failed, lost a counter, or the account failed elsewhere): an unknown
        // address at that count gets E004, so this one does too, until the handler's lock answers both.
        if (error.code === 'E006') throw new BizKitHubError({ kind: 'api', endpoint: 'login', code: hiddenAnswer });
      }
      throw isBizKitHubError(error) ? hideExistence(error, config.hideAccountExistence) : error;
    } finally {
      clearTimeout(timer);
    }
    return jsonResponse({ success: true }, 200, { 'Set-Cookie': sessionCookieFor(identityId, config, 'login') });
  }
}
