import { isBizKitHubError, type BizKitHubError } from '../../src/client/index.js';

/** The BizKitHubError a call rejects with; fails the test if it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<BizKitHubError> {
  const error: unknown = await promise.then(
    () => {
      throw new Error('expected the call to fail, it succeeded');
    },
    (reason: unknown) => reason,
  );
  if (!isBizKitHubError(error)) throw new Error(`expected a BizKitHubError, got ${String(error)}`);
  return error;
}
