import type { ReactNode } from 'react';
import type { AuthFormChromeProps } from '../AuthFormProps.js';
import { CheckboxField } from '../fields/CheckboxField.js';
import { EmailField } from '../fields/EmailField.js';
import { NewPasswordFields } from '../fields/NewPasswordFields.js';
import { SelectField } from '../fields/SelectField.js';
import { TextField } from '../fields/TextField.js';
import { FormShell, useFormChrome } from '../FormShell.js';
import { ResultPanel } from '../ResultPanel.js';
import { namedChoices } from './displayNames.js';
import { registerTextFields, type RegisterField } from './registerFields.js';
import { useRegisterForm, type UseRegisterFormOptions } from './useRegisterForm.js';
import { registerFormTexts } from './texts.js';

export type { RegisterFormValues } from './useRegisterForm.js';

/**
 * The props of `<RegisterForm>`: the options of `useRegisterForm`, the markup's, and the actions it
 * offers (sign in, reset password, support).
 */
export interface RegisterFormProps extends UseRegisterFormOptions, AuthFormChromeProps {
  /** Shows "Already have an account? Sign in" (also offered when the e-mail is already registered). */
  onLogin?: (() => void) | undefined;
  /** Shows "Already have an account? Sign in" as a link to this URL. */
  loginHref?: string | undefined;
  /** Shows "Reset your password" when the e-mail is already registered. */
  onResetPassword?: (() => void) | undefined;
  /** Shows "Reset your password" as a link to this URL (your `<ResetPasswordForm>` page). */
  resetPasswordHref?: string | undefined;
  /** Shows a "Contact customer support" action when the account is blocked (E003). */
  onContactSupport?: (() => void) | undefined;
  /** Where "Contact customer support" leads, e.g. `'/contact'` or `'mailto:help@shop.example'`. */
  supportHref?: string | undefined;
}

/** The topic of each profile field: consecutive fields of one topic share a fieldset. */
const fieldGroups: Record<Exclude<RegisterField, 'newsletter'>, 'personal' | 'company' | 'address'> = {
  name: 'personal',
  firstName: 'personal',
  lastName: 'personal',
  phone: 'personal',
  primaryLocale: 'personal',
  companyName: 'company',
  companyRegistrationNumber: 'company',
  taxIdentificationNumber: 'company',
  streetAddress: 'address',
  city: 'address',
  cityPart: 'address',
  stateRegion: 'address',
  postalCode: 'address',
  country: 'address',
};

type FieldGroup = (typeof fieldGroups)[keyof typeof fieldGroups];

/** `fields` in the order given, cut where the topic changes (the newsletter box belongs to none). */
function groupRuns(fields: readonly RegisterField[]): Array<{ group: FieldGroup | undefined; names: RegisterField[] }> {
  const runs: Array<{ group: FieldGroup | undefined; names: RegisterField[] }> = [];
  for (const name of fields) {
    const group = name === 'newsletter' ? undefined : fieldGroups[name];
    const last = runs.at(-1);
    if (last && last.group === group) last.names.push(name);
    else runs.push({ group, names: [name] });
  }
  return runs;
}

/** A `<fieldset>` with its `<legend>`: its fields sit in pairs where the card is wide enough. */
function FieldGroupSet({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="bkh-group">
      <legend className="bkh-legend">{legend}</legend>
      {children}
    </fieldset>
  );
}

/**
 * Registration with e-mail and password and any profile fields you choose: markup over `useRegisterForm`.
 * With profile fields, the fields are grouped in fieldsets (account, personal details, company, address)
 * that keep the order of `fields`: list a topic's fields together to get one group per topic.
 */
export function RegisterForm(props: RegisterFormProps) {
  const { fields = [], confirmPassword = false, onLogin, loginHref, onResetPassword, resetPasswordHref } = props;
  const chrome = useFormChrome(props, registerFormTexts);
  const auth = useRegisterForm(props);
  const login = { href: loginHref, onClick: onLogin };
  const resetPassword = { href: resetPasswordHref, onClick: onResetPassword };
  const support = { href: props.supportHref, onClick: props.onContactSupport };

  if (auth.result) {
    return (
      <ResultPanel
        chrome={chrome}
        name="register-account"
        tone="success"
        title="register.success.title"
        body="register.success.body"
        params={{ email: auth.result.email }}
        actions={[[login, 'action.login']]}
      />
    );
  }
  const account = (
    <>
      <EmailField registration={auth.register('email')} error={auth.fieldError('email')} />
      <NewPasswordFields register={auth.register} fieldError={auth.fieldError} label="field.password.label" confirm={confirmPassword} />
    </>
  );
  const field = (name: RegisterField) => {
    if (name === 'newsletter') {
      return <CheckboxField key={name} label="field.newsletter.label" registration={auth.register('newsletter')} />;
    }
    const { label, type, autoComplete, inputMode, hint, autoCapitalize, choices } = registerTextFields[name];
    if (choices) {
      // Named in the form's language; the current value and the form's own language are always offered.
      const extra = [auth.form.getValues(name), ...(choices === 'language' ? [auth.locale.split('-')[0] ?? ''] : [])];
      return (
        <SelectField
          key={name}
          label={label}
          registration={auth.register(name)}
          error={auth.fieldError(name)}
          autoComplete={autoComplete}
          options={namedChoices(choices, auth.locale, extra)}
        />
      );
    }
    return (
      <TextField
        key={name}
        label={label}
        registration={auth.register(name)}
        error={auth.fieldError(name)}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        hint={hint}
        autoCapitalize={autoCapitalize}
      />
    );
  };
  const runs = groupRuns(fields);
  const grouped = runs.some(({ group }) => group !== undefined);
  return (
    <FormShell
      chrome={chrome}
      auth={auth}
      name="register-account"
      title="register.title"
      submitLabel="register.submit"
      pendingLabel="register.submitting"
      // Already registered (E002): sign in, or reset a forgotten password. Banned (E003): only
      // support can help.
      errorActions={({ kind, code }) =>
        kind !== 'api'
          ? undefined
          : code === 'E002'
            ? [
                [login, 'action.login'],
                [resetPassword, 'action.resetPassword'],
              ]
            : code === 'E003'
              ? [[support, 'action.contactSupport']]
              : undefined
      }
      footer={[[login, 'action.loginInstead']]}
    >
      {grouped ? <FieldGroupSet legend={chrome.t('register.group.account')}>{account}</FieldGroupSet> : account}
      {runs.map(({ group, names }) =>
        group ? (
          <FieldGroupSet key={`${group}-${names[0] ?? ''}`} legend={chrome.t(`register.group.${group}`)}>
            {names.map(field)}
          </FieldGroupSet>
        ) : (
          names.map(field)
        ),
      )}
    </FormShell>
  );
}
