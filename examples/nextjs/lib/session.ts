import { getSession, isBizKitHubError, type Session } from '@bizkithub/auth-react/server';
import { headers } from 'next/headers';
import { cache } from 'react';
import { authOptions } from './auth';

/** What `readSession` answers when BizKitHub could not be asked: render the page as signed out, with a notice. */
export type PageSession = Session | { loggedIn: false; unavailable: true };

/**
 * Who is looking at this page, asked once per request however many Server Components call it
 * (the layout's header and the page).
 */
export const readSession = cache(async (): Promise<PageSession> => {
  const requestHeaders = await headers(); // first: this makes the page dynamic, rendered per request
  const options = authOptions(); // a missing setting is the developer's to see, not "unavailable"
  try {
    return await getSession(requestHeaders, options);
  } catch (error) {
    // What failed, for the shop's log: the error's kind, status and code, never the cookie or the key.
    const detail = isBizKitHubError(error) ? `${error.kind} ${error.status ?? ''} ${error.code ?? ''}`.trim() : 'unexpected error';
    console.error(`BizKitHub session check failed: ${detail}`);
    return { loggedIn: false, unavailable: true };
  }
});

/** "Jana Nováková", the company, or the e-mail: what the header calls the customer. */
export function displayName(session: PageSession): string | undefined {
  if (!session.loggedIn) return undefined;
  const { firstName, lastName, companyName, email } = session.account;
  return [firstName, lastName].filter(Boolean).join(' ') || companyName || email;
}
