/** Where the e-mailed links lead (see `MockBizKitHubOptions.shopUrl`). */
export interface MockLinks {
  /** The shop, without a trailing slash: reset links go to `${shopUrl}/set-new-password#token=…`. */
  shopUrl?: string | undefined;
  /** The mock server's confirmation route: confirmation links go to `${confirmationUrl}?token=…`. */
  confirmationUrl?: string | undefined;
}

/** What following a confirmation link found. */
export interface Confirmation {
  /** Where the customer goes next: the registration's `returnUrl`, else the shop; `undefined` when neither is known. */
  readonly next: string | undefined;
}

/** What an endpoint answers, before it becomes an HTTP response. */
export type EndpointResult =
  | { ok: true; body: Readonly<Record<string, unknown>> }
  | { ok: false; code: string };
