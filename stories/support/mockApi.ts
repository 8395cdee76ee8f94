import { createBizKitHubClient } from '../../src/client/index.js';
import { createMockBizKitHub, type MockAccountSeed, type MockBizKitHub } from '../../src/testing/index.js';

/**
 * A made-up key of the documented format (`DEV_` + 28 letters or digits). The emulator accepts
 * any well-formed key; no real key is ever used in stories.
 */
export const demoApiKey = 'DEV_StorybookDemoKeyNotARealKey0';

/** The customers every story starts with. Stories reach most error codes through them, as a shop would. */
export const demoAccounts = {
  /** Verified, with a password: signs in. */
  verified: { email: 'jana@example.com', password: 'correct horse', firstName: 'Jana', lastName: 'Nováková' },
  /** Registered but never opened the confirmation e-mail: login E007, magic-auth E007. */
  unverified: { email: 'petr@example.com', password: 'secret', verified: false },
  /** A contact (newsletter, an order) without an account: login E003. */
  contact: { email: 'contact@example.com' },
  /** Blocked by the shop: login and magic-auth E005, register-account E003. */
  banned: { email: 'banned@example.com', password: 'secret', banned: true },
  /** Used by the throttling stories, so that no other story's request can clear its failures. */
  throttled: { email: 'eager@example.com', password: 'the right one' },
} as const satisfies Record<string, MockAccountSeed>;

/** An address no account uses: login and magic-auth E002, a successful registration. */
export const unknownEmail = 'nobody@example.com';

/**
 * The one embedded BizKitHub of Storybook: `.storybook/preview.tsx` hands its handlers to MSW and
 * resets it (re-seeding `demoAccounts`) before every story.
 */
export const api: MockBizKitHub = createMockBizKitHub({ accounts: Object.values(demoAccounts) });

/** A client of the emulator for arranging a story's state through the real endpoints. */
export const arrangeClient = createBizKitHubClient({ apiKey: demoApiKey });

interface ArrangeContext {
  viewMode: string;
}

/**
 * A story `beforeEach` that prepares the emulator (forced answers, latency, earlier requests).
 * A docs page renders every story of a file at once over the one emulator, where one story's
 * forced answer would surface in another; there the stories run on plain emulator behaviour.
 */
export function arrange(setup: (mock: MockBizKitHub) => void | Promise<void>) {
  return async ({ viewMode }: ArrangeContext): Promise<void> => {
    if (viewMode === 'docs') return;
    await setup(api);
  };
}

/** Fails to sign in `times` times with a wrong password, as an impatient customer would. */
export async function failLogins(email: string, times: number): Promise<void> {
  for (let attempt = 0; attempt < times; attempt += 1) {
    await arrangeClient.login({ email, password: `wrong guess ${attempt}` }).catch(() => undefined);
  }
}
