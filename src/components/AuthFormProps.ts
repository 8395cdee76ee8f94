import type { BizKitHubError } from '../client/errors.js';
import type { AuthFormClassNames, AuthFormComponents } from './slots.js';

/** Props every form takes. */
export interface AuthFormProps<TValues> {
  /** Called with the localized-free error object whenever a request fails (for logging or analytics). */
  onError?: ((error: BizKitHubError) => void) | undefined;
  /** Initial values of the fields. */
  defaultValues?: Partial<TValues> | undefined;
  /** The customer's IP as your server saw it, sent with the request (BizKitHub's GEO/IP context). */
  customerRealIp?: string | undefined;
  /** A class for the `<form>` element. */
  className?: string | undefined;
  /** Extra classes for named parts: root, title, field, label, input, error, alert, button, link… */
  classNames?: AuthFormClassNames | undefined;
  /** Your own components for named slots (Input, Button, Alert…); the others keep their defaults. */
  components?: Partial<AuthFormComponents> | undefined;
  /**
   * How long the submit button stays disabled after a throttling answer that gave no wait.
   * @default 30000
   */
  cooldownMs?: number | undefined;
  /**
   * Whether to render the form's heading.
   * @default true
   */
  showTitle?: boolean | undefined;
}
