import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState, type FormEvent } from 'react';
import {
  get,
  useForm,
  type DefaultValues,
  type FieldError,
  type FieldErrors,
  type FieldValues,
  type Path,
  type UseFormRegister,
  type UseFormReturn,
} from 'react-hook-form';
import type * as z from 'zod/mini';
import { throttleCodes, type Endpoint } from '../core/endpoints.js';
import { BizKitHubError, isBizKitHubError } from '../core/errors.js';
import { hideExistence } from '../core/hideExistence.js';
import { useBizKitHub } from '../hooks/BizKitHubProvider.js';
import type { MessageParams } from '../i18n/formatMessage.js';
import type { MessageKey, MessageTexts, ProvidedMessages } from '../i18n/messages.js';
import { errorTextOf, hasText, textOf } from '../i18n/texts.js';
import { useCooldown } from './useCooldown.js';
import { useFormCooldown, type FormCooldown } from './useFormCooldown.js';
import { sessionAnswers, useSessionEnded } from './sessionCache.js';

/** The wait after a throttling answer that gave no `Retry-After`. */
const defaultCooldownMs = 30_000;

/** register-account E004: an unconfirmed registration can be repeated once per ten minutes. */
export const registerCooldownMs = 600_000;

export interface UseAuthFormOptions<TValues extends FieldValues, TParsed, TVariables, TData, TResult> {
  endpoint: Endpoint;
  schema: z.ZodMiniType<TParsed, TValues>;
  defaultValues: DefaultValues<TValues>;
  mutation: UseMutationResult<TData, BizKitHubError, TVariables>;
  toVariables: (values: TParsed) => TVariables;
  /** What the form keeps after a success: never a password, token or identityId. */
  toResult: (variables: TVariables) => TResult;
  /** Server errors that belong to a field rather than to the form (e.g. a reused password). */
  fieldOfError?: ((error: BizKitHubError) => Path<TValues> | undefined) | undefined;
  onSuccess?: ((data: TData, variables: TVariables) => void) | undefined;
  onError?: ((error: BizKitHubError) => void) | undefined;
  cooldownMs?: number | undefined;
  /**
   * The success signs the customer in, so its result says "you are signed in": it is dropped (the
   * form shows again) once the session ends after it, wherever the sign-out came from.
   */
  signsIn?: boolean | undefined;
  /**
   * The English of every text the form can show (its parts of src/i18n/locales/en/): used for
   * each key the provider's texts lack, which is every key when the provider's locale is English.
   */
  texts: MessageTexts;
}

/** What a form hook returns: everything a form of your own markup needs. */
export interface AuthFormState<TValues extends FieldValues, TResult> {
  /** react-hook-form's `register`: spread `register('email')` on your input. */
  register: UseFormRegister<TValues>;
  /** The submit handler: `<form onSubmit={onSubmit}>`, or call it with no event. */
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  /** A field's error in the form's language (client checks and server answers alike), else `undefined`. */
  fieldError: (name: Path<TValues>) => string | undefined;
  /** The failure that belongs to no field, else `undefined`. Cleared by the next submit and when its cooldown ends. */
  error: BizKitHubError | undefined;
  /**
   * `error` as a sentence in the form's language. For a throttling answer it names no time: the
   * cooldown's `countdown` is the one place that shows it.
   */
  errorMessage: string | undefined;
  /** True while the request runs (submits are ignored meanwhile). */
  pending: boolean;
  /** The wait after a throttling answer (submits are ignored while `cooldown.active`). */
  cooldown: FormCooldown;
  /**
   * Set once the request succeeded: what the form may keep (never a password, token or identityId).
   * After a sign-in it is cleared again when the customer signs out (from any button, hook or tab).
   */
  result: TResult | undefined;
  /** The react-hook-form instance itself, for anything else (`watch`, `setFocus`, `formState`…). */
  form: UseFormReturn<TValues, unknown, TValues>;
  /** The locale of the form's texts (the catalog's `$locale`), e.g. for a `lang` attribute. */
  locale: string;
}

/** A throttling answer: HTTP 429 or the endpoint's "too many attempts" code. */
function isThrottle(error: BizKitHubError, endpoint: Endpoint): boolean {
  return error.kind === 'rate-limit' || (error.kind === 'api' && error.code !== undefined && throttleCodes[endpoint] === error.code);
}

/** The customer's sentence for a failure; a throttle's names no time (the countdown does). */
function formErrorMessage(error: BizKitHubError, messages: ProvidedMessages, english: MessageTexts): string {
  return error.kind === 'rate-limit' ? textOf(messages, english, 'error.rateLimit') : errorTextOf(messages, english, error);
}

const passwordFields = ['password', 'confirmPassword'];

/**
 * What every form shares: react-hook-form with the endpoint's zod schema, one request at a time,
 * server errors routed to a field or to the form's alert, a cooldown after throttling that
 * outlives an unmount, and every text in the provider's language.
 */
export function useAuthForm<TValues extends FieldValues, TParsed, TVariables, TData, TResult>({
  endpoint,
  schema,
  defaultValues,
  mutation,
  toVariables,
  toResult,
  fieldOfError,
  onSuccess,
  onError,
  cooldownMs,
  signsIn = false,
  texts: english,
}: UseAuthFormOptions<TValues, TParsed, TVariables, TData, TResult>): AuthFormState<TValues, TResult> {
  const form = useForm<TValues, unknown, TValues>({
    // The resolver's output is the parsed request; it is passed on untyped through handleSubmit.
    resolver: zodResolver(schema as never) as never,
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const [formError, setFormError] = useState<BizKitHubError | undefined>();
  // The result, with the session query's answer count at that moment (see sessionCache.ts).
  const [success, setSuccess] = useState<{ result: TResult; sessionAnswers: number } | undefined>();
  const queryClient = useQueryClient();
  // A "you are signed in" that outlived its session: back to the form, also when shown again after <Activity> hid it.
  const dropSuccess = useCallback(() => setSuccess(undefined), []);
  useSessionEnded(signsIn ? success?.sessionAnswers : undefined, dropSuccess);
  const { cooldowns, hideAccountExistence, messages } = useBizKitHub();
  const t = useCallback((key: MessageKey, params?: MessageParams) => textOf(messages, english, key, params), [messages, english]);
  // Kept by the provider per endpoint: a remount (a route change) does not lift a running wait.
  const cooldown = useCooldown(cooldowns, endpoint);
  // Set synchronously on submit: isPending only flips on the next render, a double click is faster.
  const inFlight = useRef(false);
  // The failure whose wait started: its "please wait" alert goes when the wait ends.
  const [waitingError, setWaitingError] = useState<BizKitHubError | undefined>();
  const { mutateAsync, isPending, reset: resetMutation } = mutation;

  const handleFailure = useCallback(
    (error: BizKitHubError) => {
      onError?.(error);
      if (isThrottle(error, endpoint)) {
        // The server's wait, else the integrator's, else register's documented ten minutes, else our guess.
        const documented = endpoint === 'register-account' && error.kind === 'api' ? registerCooldownMs : undefined;
        const guessed = error.retryAfterMs === undefined && cooldownMs === undefined && documented === undefined;
        if (cooldown.start(error.retryAfterMs ?? cooldownMs ?? documented ?? defaultCooldownMs, guessed)) {
          setWaitingError(error);
        }
      }

      const fieldNames = Object.keys(form.getValues());
      if (error.kind === 'validation' && error.fields) {
        const own = Object.entries(error.fields).filter(([name]) => fieldNames.includes(name));
        for (const [name, key] of own) form.setError(name as Path<TValues>, { type: 'server', message: key });
        const first = own[0];
        if (first) form.setFocus(first[0] as Path<TValues>);
        if (own.length === Object.keys(error.fields).length) return;
        // The rest came from the integrator's props (expirationTime, returnUrl…), which the customer
        // cannot fix: tell the developer, and show the customer the endpoint's generic failure.
        if (process.env.NODE_ENV !== 'production') console.error(`${error.message} These values come from the form's props, not from its fields.`);
        setFormError(new BizKitHubError({ kind: 'api', endpoint, cause: error }));
        return;
      }
      const field = fieldOfError?.(error);
      if (field !== undefined) {
        form.setError(field, { type: 'server', message: `error.${endpoint}.${error.code ?? 'E001'}` });
        form.setFocus(field);
        return;
      }
      // With hideAccountExistence, a sign-in failure that tells whether the address has an account reads as the one answer.
      setFormError(hideExistence(error, hideAccountExistence));
    },
    [cooldown, cooldownMs, endpoint, fieldOfError, form, hideAccountExistence, onError],
  );

  const submitValid = useCallback(
    async (parsed: TParsed) => {
      const variables = toVariables(parsed);
      let data: TData;
      try {
        data = await mutateAsync(variables);
      } catch (error) {
        // The form keeps its own error: the settled mutation, password and all, leaves the MutationCache.
        resetMutation();
        handleFailure(isBizKitHubError(error) ? error : new BizKitHubError({ kind: 'network', endpoint, cause: error }));
        return;
      } finally {
        inFlight.current = false;
      }
      resetMutation();
      setSuccess({ result: toResult(variables), sessionAnswers: sessionAnswers(queryClient) });
      // No password stays in the form's state either.
      for (const name of passwordFields) {
        if (name in form.getValues()) form.resetField(name as Path<TValues>, { defaultValue: '' as never });
      }
      // Last: an exception in the integrator's onSuccess is theirs, not a failed request.
      onSuccess?.(data, variables);
    },
    [endpoint, form, handleFailure, mutateAsync, onSuccess, queryClient, resetMutation, toResult, toVariables],
  );

  const blocked = isPending || cooldown.active;
  const onSubmit = useCallback(
    (event?: FormEvent<HTMLFormElement>) => {
      event?.preventDefault();
      if (inFlight.current || blocked) return;
      inFlight.current = true;
      // Only when there is one: React does not always skip setting the same state, and that render
      // would be one more commit before the submit's own.
      if (formError !== undefined) setFormError(undefined);
      void form.handleSubmit(
        (values) => submitValid(values as unknown as TParsed),
        () => {
          inFlight.current = false;
        },
      )(event);
    },
    [blocked, form, formError, submitValid],
  );

  // Read here, during render: react-hook-form's formState is a proxy that re-renders the form only
  // for what was read. Errors alone, as a bare form reads them: getFieldState(name, formState) also
  // read dirty, touched and validating state, so leaving a field re-rendered the form, and a clicked
  // submit with errors committed four times where the bare form commits once.
  const { errors } = form.formState;
  const fieldError = useCallback(
    (name: Path<TValues>) => {
      const key = get<FieldErrors<TValues>, FieldError | undefined>(errors, name)?.message;
      // Field errors carry catalog keys; a custom resolver's own text reads as a generic error.
      return key === undefined ? undefined : t(hasText(messages, english, key) ? key : 'validation.invalid');
    },
    [errors, messages, english, t],
  );

  // A throttle's "please wait" goes away with its wait: next to "you can try again now" it is stale.
  const waiting = formError !== undefined && formError === waitingError;
  const error = waiting && !cooldown.active ? undefined : formError;
  const errorMessage = useMemo(
    () => (error === undefined ? undefined : formErrorMessage(error, messages, english)),
    [error, messages, english],
  );
  const formCooldown = useFormCooldown(cooldown, t, messages.$locale, waiting);

  return {
    register: form.register,
    onSubmit,
    fieldError,
    error,
    errorMessage,
    pending: isPending,
    cooldown: formCooldown,
    result: success?.result,
    form,
    locale: messages.$locale,
  };
}
