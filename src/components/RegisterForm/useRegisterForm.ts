import { useBizKitHub } from '../../hooks/BizKitHubProvider.js';
import { useRegister } from '../../hooks/useRegister.js';
import { startConfirmationWait } from '../ConfirmationWait.js';
import { registerFormSchema } from '../../schemas/passwordConfirmation.js';
import type { AuthFormOptions } from '../AuthFormProps.js';
import { useAuthForm, type AuthFormState } from '../useAuthForm.js';
import { registerFormTexts } from './texts.js';
import type { RegisterField } from './registerFields.js';

/**
 * The register form's fields, as `defaultValues` and react-hook-form's `register` name them: e-mail,
 * password and its confirmation, the newsletter box, and every optional profile field as a string.
 */
export type RegisterFormValues = { email: string; password: string; confirmPassword: string; newsletter: boolean } & Record<
  Exclude<RegisterField, 'newsletter'>,
  string
>;

/**
 * Options of `useRegisterForm` (and so of `<RegisterForm>`): which profile fields to ask for, what is
 * sent along unseen (groups, referral, return URL), the callbacks.
 */
export interface UseRegisterFormOptions extends AuthFormOptions<RegisterFormValues> {
  /** Called once BizKitHub accepted the registration and sent the verification e-mail. */
  onSuccess?: ((result: { email: string }) => void) | undefined;
  /**
   * Optional profile fields the form has, besides e-mail and password (they start empty).
   * @default []
   */
  fields?: readonly RegisterField[] | undefined;
  /**
   * Whether the form asks for the password twice (the two must match).
   * @default false
   */
  confirmPassword?: boolean | undefined;
  /** Customer groups to put the new account in. */
  groups?: readonly string[] | undefined;
  /** The referring customer's reference number (cuRefNo, 16 characters), sent along unseen. */
  referralId?: string | undefined;
  /** Where the verification e-mail leads back to: an absolute URL of your shop. */
  returnUrl?: string | undefined;
  /** The customer's language, e.g. `'cs'`; the default of the field when it is shown. */
  primaryLocale?: string | undefined;
}

/** What `useRegisterForm` returns; `result` holds the e-mail the verification link went to. */
export type RegisterFormState = AuthFormState<RegisterFormValues, { email: string }>;

/** Registration for markup of your own, with the validation, errors and cooldown of `<RegisterForm>`. */
export function useRegisterForm({
  onSuccess,
  onError,
  defaultValues,
  customerRealIp,
  cooldownMs,
  fields = [],
  confirmPassword = false,
  groups,
  referralId,
  returnUrl,
  primaryLocale,
}: UseRegisterFormOptions = {}): RegisterFormState {
  const { cooldowns } = useBizKitHub();
  const initial: Partial<RegisterFormValues> = { email: '', password: '' };
  if (confirmPassword) initial.confirmPassword = '';
  for (const name of fields) {
    if (name === 'newsletter') initial.newsletter = false;
    else initial[name] = name === 'primaryLocale' ? (primaryLocale ?? '') : '';
  }
  return useAuthForm({
    endpoint: 'register-account',
    schema: registerFormSchema,
    defaultValues: { ...initial, ...defaultValues },
    mutation: useRegister(),
    toVariables: ({ confirmPassword: _confirmation, ...values }) => ({
      ...values,
      primaryLocale: values.primaryLocale ?? primaryLocale,
      groups,
      referralId,
      returnUrl,
      customerRealIp,
    }),
    toResult: ({ email }) => ({ email }),
    onSuccess: (_data, variables) => {
      // A confirmation e-mail went out now: registering again is refused for ten minutes from here,
      // which a later "not confirmed yet" on sign-in counts down from.
      startConfirmationWait(cooldowns, variables.email);
      onSuccess?.({ email: variables.email });
    },
    onError,
    cooldownMs,
    texts: registerFormTexts,
    // The schema's input marks the optional fields optional; the form's values always have them.
  }) as unknown as RegisterFormState;
}
