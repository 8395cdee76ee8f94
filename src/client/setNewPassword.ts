import type { ClientConfig } from './config.js';
import { post } from './send.js';
import type { RequestOptions, SetNewPasswordVariables } from './types.js';
import { validateInput } from './validateInput.js';
import { setNewPasswordChecks } from '../schemas/requests.js';

/** Sets a new password with the one-time token from the reset e-mail. */
export async function setNewPassword(config: ClientConfig, variables: SetNewPasswordVariables, requestOptions?: RequestOptions): Promise<void> {
  await post(config, 'set-new-password', validateInput('set-new-password', setNewPasswordChecks, variables), requestOptions);
}
