import type { ReactNode } from 'react';
import type { BizKitHubError } from '../core/errors.js';
import type { AuthFormClassNames, AuthFormComponents } from './slots.js';

/** Options every form hook takes (and so every drop-in form). */
export interface AuthFormOptions<TValues> {
  /** Called with the error object (not localized) whenever a request fails, for logging or analytics. */
  onError?: ((error: BizKitHubError) => void) | undefined;
  /** Initial values of the fields. */
  defaultValues?: Partial<TValues> | undefined;
  /** The customer's IP as your server saw it, sent with the request (BizKitHub's GEO/IP context). */
  customerRealIp?: string | undefined;
  /**
   * How long the submit button stays disabled after a throttling answer that gave no wait.
   * @default 30000 (register-account's E004: 600000, its documented ten minutes)
   */
  cooldownMs?: number | undefined;
}

/** Props of the drop-in forms' markup. */
export interface AuthFormChromeProps {
  /** A class for the `<form>` element. */
  className?: string | undefined;
  /** Extra classes for named parts: root, title, field, label, input, error, alert, button, link… */
  classNames?: AuthFormClassNames | undefined;
  /** Your own components for named slots (Input, Button, Link, Alert…); the others keep their defaults. */
  components?: Partial<AuthFormComponents> | undefined;
  /**
   * Whether to render the form's heading.
   * @default true
   */
  showTitle?: boolean | undefined;
  /** The shop's mark above the title (an `<img>` or an `<svg>` with its own accessible name), on the form and its result panels. */
  logo?: ReactNode | undefined;
  /** A line or two under the title (why the shop asks, what happens next), in place of the form's built-in intro. */
  description?: ReactNode | undefined;
}

/** Props every form takes. */
export interface AuthFormProps<TValues> extends AuthFormOptions<TValues>, AuthFormChromeProps {}
