import type { ClientConfig } from './config.js';
import { post } from './send.js';
import type { RegisterAccountVariables, RequestOptions } from './types.js';
import { validateInput } from './validateInput.js';
import { registerAccountChecks } from '../schemas/requests.js';

/** Registers an account; BizKitHub e-mails a verification link. */
export async function registerAccount(config: ClientConfig, variables: RegisterAccountVariables, requestOptions?: RequestOptions): Promise<void> {
  await post(config, 'register-account', validateInput('register-account', registerAccountChecks, variables), requestOptions);
}
