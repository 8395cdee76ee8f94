import type { StoryContext } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import type { MessageKey } from '../../src/index.js';
import type { MockEndpoint } from '../../src/testing/index.js';
import { api, arrange } from './mockApi.js';
import {
  expectAlert,
  expectCooldown,
  expectFieldError,
  expectPending,
  expectUnstyled,
  press,
  texts,
  type Player,
} from './play.js';
import { unstyled } from './unstyled.js';

/** What the stories below hand their play functions: a form story's context, whatever the form's args. */
export type FormPlayer = Player & Pick<StoryContext, 'canvasElement'>;

/** The texts of the story's locale, as `texts` returns them. */
export type Texts = ReturnType<typeof texts>;

/** What the customer does in a story: fills the form and submits it. */
export type FormAct = (player: FormPlayer) => Promise<void>;

/** A field the form requires: its label, and the error it shows when left empty. */
export interface RequiredField {
  label: MessageKey;
  error: MessageKey;
}

/** What tells one form's stories of these kinds from another's. */
export interface FormKit {
  /** The endpoint the form posts to: the one the stories force answers on. */
  endpoint: MockEndpoint;
  /** The catalog key of the submit button's label. */
  submit: MessageKey;
  /** The catalog key of the submit button's label while the request is on its way. */
  submitting: MessageKey;
  /** The fields that an empty form flags on submit, in the order of the form. */
  required: readonly RequiredField[];
  /** Fills the form with values it accepts and submits it (NetworkError, RateLimited, Pending). */
  send: FormAct;
  /** The act of Timeout, whose late answer must change nothing; `send` unless given. */
  sendTooLate?: FormAct | undefined;
  /** The act of Pending, whose answer never comes; `send` unless given. */
  sendPending?: FormAct | undefined;
  /** The `Retry-After` of the RateLimited story's HTTP 429, in seconds. */
  retryAfterSeconds: number;
  /**
   * ValidationErrors after the empty submit: the form's own invalid input and the error it
   * shows. Then the story checks that no request went out.
   */
  checkInvalidInput: (player: FormPlayer, t: Texts) => Promise<void>;
  /**
   * The meta's loaders send requests of their own (a reset link for SetNewPasswordForm):
   * ValidationErrors then counts the requests from the start of its play function, not from zero.
   */
  loadersSendRequests?: boolean | undefined;
}

/** A story of any form: what the kinds below set, and a play function that needs no form's args. */
export interface FormStory {
  globals?: Readonly<Record<string, unknown>>;
  parameters?: Readonly<Record<string, unknown>>;
  beforeEach?: ReturnType<typeof arrange>;
  play: (context: FormPlayer) => Promise<void>;
}

/** The stories that every form has, told apart only by a `FormKit`. */
export interface FormStories {
  NetworkError: FormStory;
  Timeout: FormStory;
  /** Named 'Rate limited (HTTP 429)' in each form's file. */
  RateLimited: FormStory;
  ValidationErrors: FormStory;
  Pending: FormStory;
  Unstyled: FormStory;
}

/**
 * The stories of the kinds that every form has, for one form. A form's file exports each as a
 * story of its own, spreading it and writing `play` (and any `name`) out again: Storybook's indexer
 * reads a story's name and whether it has a play function only from the object literal of its export.
 *
 *     export const Timeout: Story = { ...common.Timeout, play: common.Timeout.play };
 */
export function formStories(kit: FormKit): FormStories {
  const { endpoint, submit, submitting, required, send, retryAfterSeconds } = kit;
  const sendTooLate = kit.sendTooLate ?? send;
  const sendPending = kit.sendPending ?? send;
  const retryAfterMs = retryAfterSeconds * 1000;

  /** Presses submit on the empty form: every required field is marked with its error. */
  async function submitEmpty(player: FormPlayer, t: Texts): Promise<void> {
    await press(player, t(submit));
    for (const field of required) await expectFieldError(player, t(field.label), t(field.error));
  }

  return {
    NetworkError: {
      beforeEach: arrange((mock) => mock.forceNext(endpoint, { networkError: true })),
      play: async (context) => {
        await send(context);
        await expectAlert(context, texts(context)('error.network'));
      },
    },

    Timeout: {
      parameters: { bizkithub: { timeoutMs: 500 } },
      // The answer comes after the client gave up.
      beforeEach: arrange((mock) => mock.forceNext(endpoint, { delayMs: 5000 })),
      play: async (context) => {
        await sendTooLate(context);
        await expectAlert(context, texts(context)('error.timeout'));
      },
    },

    RateLimited: {
      beforeEach: arrange((mock) => mock.forceNext(endpoint, { rateLimit: { retryAfterSeconds } })),
      play: async (context) => {
        await send(context);
        // The alert names no time; the countdown under the button is the one source of the wait.
        await expectAlert(context, texts(context)('error.rateLimit'));
        await expectCooldown(context, texts(context)(submit), retryAfterMs);
      },
    },

    ValidationErrors: {
      play: async (context) => {
        const t = texts(context);
        const sent = kit.loadersSendRequests ? api.requests.length : 0;
        await submitEmpty(context, t);
        await kit.checkInvalidInput(context, t);
        await expect(api.requests).toHaveLength(sent);
      },
    },

    Pending: {
      parameters: { bizkithub: { timeoutMs: 900_000 } },
      beforeEach: arrange((mock) => mock.setLatency(600_000)),
      play: async (context) => {
        const t = texts(context);
        await sendPending(context);
        await expectPending(context, endpoint, t(submit), t(submitting));
      },
    },

    Unstyled: {
      ...unstyled,
      play: async (context) => {
        await expectUnstyled(context);
        await submitEmpty(context, texts(context));
      },
    },
  };
}

/**
 * A form meta's callback args: a spy (shown in the Actions panel) for `onSuccess`, `onError` and
 * each of `names`, in that order.
 */
export function formCallbacks<const Name extends `on${string}`>(
  ...names: Name[]
): Record<'onSuccess' | 'onError' | Name, ReturnType<typeof fn>> {
  const spies: Record<string, ReturnType<typeof fn>> = {};
  for (const name of ['onSuccess', 'onError', ...names]) spies[name] = fn();
  return spies as Record<'onSuccess' | 'onError' | Name, ReturnType<typeof fn>>;
}
