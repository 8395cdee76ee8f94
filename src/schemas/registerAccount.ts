import * as z from 'zod/mini';
import {
  countryField,
  customerRealIpField,
  emailField,
  groupsField,
  newsletterField,
  passwordField,
  phoneField,
  primaryLocaleField,
  referralIdField,
  returnUrlField,
  textField,
} from './fields.js';

/** The fields of a register-account request (the register form adds its confirmation to them). */
export const registerAccountFields = {
  email: emailField,
  password: passwordField,
  name: textField,
  firstName: textField,
  lastName: textField,
  phone: phoneField,
  companyName: textField,
  companyRegistrationNumber: textField,
  taxIdentificationNumber: textField,
  streetAddress: textField,
  city: textField,
  cityPart: textField,
  stateRegion: textField,
  postalCode: textField,
  country: countryField,
  newsletter: newsletterField,
  primaryLocale: primaryLocaleField,
  groups: groupsField,
  customerRealIp: customerRealIpField,
  referralId: referralIdField,
  returnUrl: returnUrlField,
};

/**
 * A register-account request as zod checks it, by the rules of `registerAccount` and `<RegisterForm>`
 * (the form adds its password confirmation; see `loginSchema`).
 */
export const registerAccountSchema = z.object(registerAccountFields);
