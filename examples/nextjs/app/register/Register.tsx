'use client';

import { RegisterForm } from '@bizkithub/auth-react';

/** After registering, the form itself says "check your inbox": the customer must confirm the e-mail first. */
export function Register() {
  return (
    <RegisterForm
      fields={['firstName', 'lastName']}
      confirmPassword
      signInHref="/sign-in"
      forgotPasswordHref="/forgot-password"
    />
  );
}
