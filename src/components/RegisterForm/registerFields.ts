import type { MessageKey } from '../../i18n/messages.js';

/** The optional profile fields of register-account that the form can show, in the order given. */
export type RegisterField =
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'phone'
  | 'companyName'
  | 'companyRegistrationNumber'
  | 'taxIdentificationNumber'
  | 'streetAddress'
  | 'city'
  | 'cityPart'
  | 'stateRegion'
  | 'postalCode'
  | 'country'
  | 'newsletter'
  | 'primaryLocale';

export interface TextFieldSpec {
  label: MessageKey;
  autoComplete: string;
  type?: 'text' | 'tel';
  inputMode?: 'text' | 'tel' | 'numeric';
  hint?: MessageKey;
  autoCapitalize?: string;
  /** A choice instead of free text: the codes named by `Intl.DisplayNames` in the form's language. */
  choices?: 'region' | 'language';
}

export const registerTextFields: Record<Exclude<RegisterField, 'newsletter'>, TextFieldSpec> = {
  name: { label: 'field.name.label', autoComplete: 'name' },
  firstName: { label: 'field.firstName.label', autoComplete: 'given-name' },
  lastName: { label: 'field.lastName.label', autoComplete: 'family-name' },
  phone: { label: 'field.phone.label', autoComplete: 'tel', type: 'tel', inputMode: 'tel', hint: 'field.phone.hint' },
  companyName: { label: 'field.companyName.label', autoComplete: 'organization' },
  companyRegistrationNumber: { label: 'field.companyRegistrationNumber.label', autoComplete: 'off', autoCapitalize: 'characters' },
  taxIdentificationNumber: { label: 'field.taxIdentificationNumber.label', autoComplete: 'off', autoCapitalize: 'characters' },
  streetAddress: { label: 'field.streetAddress.label', autoComplete: 'street-address' },
  city: { label: 'field.city.label', autoComplete: 'address-level2' },
  cityPart: { label: 'field.cityPart.label', autoComplete: 'address-level3' },
  stateRegion: { label: 'field.stateRegion.label', autoComplete: 'address-level1' },
  postalCode: { label: 'field.postalCode.label', autoComplete: 'postal-code' },
  country: { label: 'field.country.label', autoComplete: 'country', choices: 'region' },
  primaryLocale: { label: 'field.primaryLocale.label', autoComplete: 'language', choices: 'language' },
};
