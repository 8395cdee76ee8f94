import { zodResolver } from '@hookform/resolvers/zod';
import type { UseMutationResult } from '@tanstack/react-query';
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import type * as z from 'zod/mini';
import { throttleCodes, type Endpoint } from '../client/endpoints.js';
import { BizKitHubError, isBizKitHubError } from '../client/errors.js';
import { useBizKitHub } from '../hooks/BizKitHubProvider.js';
import { useCooldown, type Cooldown } from './useCooldown.js';

/** The wait after a throttling answer that gave no `Retry-After`. */
export const defaultCooldownMs = 30_000;

export interface UseAuthFormOptions<TValues extends FieldValues, TParsed, TVariables, TData> {
  endpoint: Endpoint;
  schema: z.ZodMiniType<TParsed, TValues>;
  defaultValues: DefaultValues<TValues>;
  mutation: UseMutationResult<TData, BizKitHubError, TVariables>;
  toVariables: (values: TParsed) => TVariables;
  /** Server errors that belong to a field rather than to the form (e.g. a reused password). */
  fieldOfError?: (error: BizKitHubError) => Path<TValues> | undefined;
  onSuccess?: ((data: TData, variables: TVariables) => void) | undefined;
  onError?: ((error: BizKitHubError) => void) | undefined;
  cooldownMs?: number | undefined;
}

// "No such customer", "no password yet", "wrong password": told apart only without hideAccountExistence.
const accountExistenceCodes = new Set(['E002', 'E003', 'E004']);

/** The error the form shows: with `hideAccountExistence`, the three answers above read as one (E004). */
function shownError(error: BizKitHubError, endpoint: Endpoint, hideAccountExistence: boolean): BizKitHubError {
  const telling =
    hideAccountExistence &&
    (endpoint === 'login' || endpoint === 'magic-auth') &&
    error.kind === 'api' &&
    error.code !== undefined &&
    accountExistenceCodes.has(error.code);
  return telling ? new BizKitHubError({ kind: 'api', endpoint, code: 'E004' }) : error;
}

/** What no form keeps once a request is done. */
type SecretField = 'password' | 'token';
const passwordFields = ['password', 'confirmPassword'];

export interface AuthForm<TValues extends FieldValues, TVariables, _TData = unknown> {
  form: UseFormReturn<TValues, unknown, TValues>;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  /** The error shown in the form's alert (one that belongs to no field). */
  formError: BizKitHubError | undefined;
  pending: boolean;
  cooldown: Cooldown;
  /** Set after a successful request: what was sent, less the password and token. */
  result: { variables: Omit<TVariables, SecretField> } | undefined;
  /** A field's error key (client checks and server answers alike). */
  fieldError: (name: Path<TValues>) => string | undefined;
}

/**
 * What every form shares: react-hook-form with the endpoint's zod schema, one request at a time,
 * server errors routed to a field or to the form's alert, and a cooldown after throttling.
 */
export function useAuthForm<TValues extends FieldValues, TParsed, TVariables, TData>({
  endpoint,
  schema,
  defaultValues,
  mutation,
  toVariables,
  fieldOfError,
  onSuccess,
  onError,
  cooldownMs = defaultCooldownMs,
}: UseAuthFormOptions<TValues, TParsed, TVariables, TData>): AuthForm<TValues, TVariables, TData> {
  const form = useForm<TValues, unknown, TValues>({
    // The resolver's output is the parsed request; it is passed on untyped through handleSubmit.
    resolver: zodResolver(schema as never) as never,
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const [formError, setFormError] = useState<BizKitHubError | undefined>();
  const [result, setResult] = useState<{ variables: Omit<TVariables, SecretField> } | undefined>();
  const { cooldowns, hideAccountExistence } = useBizKitHub();
  // Kept by the provider per endpoint: a remount (a route change) does not lift a running wait.
  const cooldown = useCooldown(cooldowns, endpoint);
  // Set synchronously on submit: isPending only flips on the next render, a double click is faster.
  const inFlight = useRef(false);
  const { mutateAsync, isPending, reset: resetMutation } = mutation;

  const handleFailure = useCallback(
    (error: BizKitHubError) => {
      onError?.(error);
      const throttled = error.kind === 'rate-limit' || (error.code !== undefined && throttleCodes[endpoint] === error.code);
      if (throttled) cooldown.start(error.retryAfterMs ?? cooldownMs);

      const fieldNames = Object.keys(form.getValues());
      if (error.kind === 'validation' && error.fields) {
        const own = Object.entries(error.fields).filter(([name]) => fieldNames.includes(name));
        for (const [name, key] of own) form.setError(name as Path<TValues>, { type: 'server', message: key });
        const first = own[0];
        if (first) form.setFocus(first[0] as Path<TValues>);
        if (own.length === Object.keys(error.fields).length) return;
        // The rest came from the integrator's props (expirationTime, returnUrl…), which the customer
        // cannot fix: tell the developer, and show the customer the endpoint's generic failure.
        console.error(`${error.message} These values come from the form's props, not from its fields.`);
        setFormError(new BizKitHubError({ kind: 'api', endpoint, cause: error }));
        return;
      }
      const field = fieldOfError?.(error);
      if (field !== undefined) {
        form.setError(field, { type: 'server', message: `error.${endpoint}.${error.code ?? 'E001'}` });
        form.setFocus(field);
        return;
      }
      setFormError(shownError(error, endpoint, hideAccountExistence));
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
      const { password: _password, token: _token, ...kept } = variables as Record<string, unknown>;
      setResult({ variables: kept as Omit<TVariables, SecretField> });
      // No password stays in the form's state either.
      for (const name of passwordFields) {
        if (name in form.getValues()) form.resetField(name as Path<TValues>, { defaultValue: '' as never });
      }
      // Last: an exception in the integrator's onSuccess is theirs, not a failed request.
      onSuccess?.(data, variables);
    },
    [endpoint, form, handleFailure, mutateAsync, onSuccess, resetMutation, toVariables],
  );

  const blocked = isPending || cooldown.active;
  const onSubmit = useCallback(
    (event?: FormEvent<HTMLFormElement>) => {
      event?.preventDefault();
      if (inFlight.current || blocked) return;
      inFlight.current = true;
      setFormError(undefined);
      void form.handleSubmit(
        (values) => submitValid(values as unknown as TParsed),
        () => {
          inFlight.current = false;
        },
      )(event);
    },
    [blocked, form, submitValid],
  );

  const { formState, getFieldState } = form;
  const fieldError = useCallback(
    (name: Path<TValues>) => getFieldState(name, formState).error?.message,
    [formState, getFieldState],
  );

  return { form, onSubmit, formError, pending: isPending, cooldown, result, fieldError };
}
