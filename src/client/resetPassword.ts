import type { ClientConfig } from './config.js';
import { post } from './send.js';
import type { RequestOptions, ResetPasswordVariables } from './types.js';
import { validateInput } from './validateInput.js';
import { resetPasswordChecks } from '../schemas/requests.js';

/** Asks BizKitHub to e-mail a one-time link to set a new password. */
export async function resetPassword(config: ClientConfig, variables: ResetPasswordVariables, requestOptions?: RequestOptions): Promise<void> {
  await post(config, 'reset-password', validateInput('reset-password', resetPasswordChecks, variables), requestOptions);
}
