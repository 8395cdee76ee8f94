'use client';

import { ResetPasswordForm } from '@bizkithub/auth-react';

/** The e-mailed link leads to /set-new-password?token=…; the answer reads the same for unknown addresses. */
export function ForgotPassword() {
  return <ResetPasswordForm expirationTime="1h" signInHref="/sign-in" />;
}
