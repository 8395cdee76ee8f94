import type { Account } from '../../core/account.js';

/** A company contact: a company name and no person's name. */
export function isCompany(account: Account): boolean {
  return account.companyName !== undefined && account.firstName === undefined && account.lastName === undefined;
}

/** "Jana Nováková", the company's name, or the e-mail: what the customer is called in full. */
export function fullName(account: Account): string {
  return [account.firstName, account.lastName].filter(Boolean).join(' ') || account.companyName || account.email;
}

/** What the closed button says: the first name, the company's name, or the e-mail's local part. */
export function shortName(account: Account): string {
  return account.firstName ?? account.lastName ?? account.companyName ?? account.email.split('@')[0] ?? account.email;
}

/** First character of a text, a whole character (a surrogate pair or a combining mark stays whole). */
function firstLetter(text: string | undefined): string {
  const [first = ''] = Array.from(text?.trim().normalize('NFC') ?? '');
  return first.toLocaleUpperCase();
}

/** "JN" for Jana Nováková, "A" for ACME s.r.o., "J" for jana@example.com. */
export function initials(account: Account): string {
  if (isCompany(account)) return firstLetter(account.companyName);
  const person = firstLetter(account.firstName) + firstLetter(account.lastName);
  return person || firstLetter(account.companyName) || firstLetter(account.email);
}

/** The balance as money in the customer's language, e.g. "€12.50" or "12,50 €". */
export function formatCredit(amount: number, locale: string, currency: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    // An unknown currency code or locale tag: the number, still in the customer's notation.
    return `${new Intl.NumberFormat().format(amount)} ${currency}`;
  }
}
