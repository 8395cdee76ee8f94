/**
 * What BizKitHub's account-info says about the customer looking at the page. The identityId is
 * never part of it: it stays in the server's HttpOnly cookie (server mode) or in the client's
 * memory (direct mode).
 */
export interface Account {
  /** The customer's reference number (16 characters). */
  cuRefNo: string;
  /** The address the customer signs in with. */
  email: string;
  /** The person's first name; a company contact has none (see `companyName`). */
  firstName?: string | undefined;
  /** The person's last name; a company contact has none. */
  lastName?: string | undefined;
  /** A company contact has `companyName` without first and last name. */
  companyName?: string | undefined;
  /** The phone number as the account stores it (registration sends `+<calling code> <number>`). */
  phone?: string | undefined;
  /** True for a customer with premium status; absent when account-info does not say. */
  premium?: boolean | undefined;
  /** True when an operator has blocked the account (signing in again is refused with E005). */
  ban?: boolean | undefined;
  /** The store credit, a number with no currency: the components' `currency` prop names it. */
  creditBalance: number;
}

type Field = keyof Account;
type FieldReader<K extends Field> = (value: unknown) => Account[K] | undefined;

function nonBlank(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function flag(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/**
 * The account allow-list: the only fields of BizKitHub's answer that reach a page, each with the
 * shape it must have. Every path to a session (the browser client, the server handler's
 * `/session`, the server's `readSession`, the frameworks' `auth()`) reads the account through
 * `readAccount`, once; whatever else account-info sends (the identityId above all) stays behind.
 */
const accountFields: { readonly [K in Field]-?: FieldReader<K> } = {
  cuRefNo: (value) => (typeof value === 'string' ? value : undefined),
  email: (value) => (typeof value === 'string' && value !== '' ? value : undefined),
  firstName: nonBlank,
  lastName: nonBlank,
  companyName: nonBlank,
  phone: nonBlank,
  premium: flag,
  ban: flag,
  // account-info has sent the balance as a decimal string.
  creditBalance: (value) => {
    const balance = typeof value === 'string' ? Number(value) : value;
    return typeof balance === 'number' && Number.isFinite(balance) ? balance : undefined;
  },
};

/** The fields without which an answer is no account (and so no session). */
const requiredFields = ['cuRefNo', 'email', 'creditBalance'] as const satisfies readonly Field[];

const accountFieldNames = Object.keys(accountFields) as Field[];

/**
 * The account in an answer's object, with the allow-listed fields only; undefined when a required
 * one is missing or malformed (the answer is then not a session).
 */
export function readAccount(body: Readonly<Record<string, unknown>>): Account | undefined {
  const account: Partial<Record<Field, unknown>> = {};
  for (const field of accountFieldNames) {
    const value = accountFields[field](body[field]);
    if (value !== undefined) account[field] = value;
  }
  return requiredFields.every((field) => account[field] !== undefined) ? (account as Account) : undefined;
}
