import type { Account } from '@bizkithub/auth-react/react-router';

/** "Jana Nováková", the company, or the e-mail: what the shop calls the customer. */
export function displayName({ firstName, lastName, companyName, email }: Account): string {
  return [firstName, lastName].filter(Boolean).join(' ') || companyName || email;
}
