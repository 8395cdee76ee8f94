import type { StoryContext } from '@storybook/react-vite';
import { expect, uninstrumentedUserEvent, waitFor } from 'storybook/test';
import { formatCountdown } from '../../src/i18n/index.js';
import type { MessageKey } from '../../src/index.js';
import type { MockEndpoint } from '../../src/testing/index.js';
import { api } from './mockApi.js';
import { sameText, textsFor } from './texts.js';

/** The parts of a play function's context the helpers drive the story with. */
export type Player = Pick<StoryContext, 'canvas' | 'userEvent' | 'globals'>;

/**
 * Key by key, with no pause between keys: every key still sends its keydown, input and keyup, and
 * React renders after each; user-event's default pause (a timer per key) only made a story slower.
 */
let keyboard: ReturnType<typeof uninstrumentedUserEvent.setup> | undefined;

/**
 * Types into the field with this label, as a customer would. The other languages paste: they check
 * the text of the state a story reaches, and English has already typed its way there.
 */
export async function fill({ canvas, userEvent, globals }: Player, label: string, value: string): Promise<void> {
  const field = canvas.getByLabelText(label);
  if (globals.locale === 'en') {
    keyboard ??= uninstrumentedUserEvent.setup({ delay: null });
    await keyboard.type(field, value);
  } else {
    await userEvent.click(field);
    await userEvent.paste(value);
  }
}

/** Types an e-mail into the form's e-mail field and presses its submit button. */
export async function submitEmail(player: Player, email: string, submit: MessageKey): Promise<void> {
  const t = texts(player);
  await fill(player, t('field.email.label'), email);
  await press(player, t(submit));
}

/** Clicks the button with this accessible name and returns it. */
export async function press({ canvas, userEvent }: Player, name: string): Promise<HTMLElement> {
  const button = canvas.getByRole('button', { name: sameText(name) });
  await userEvent.click(button);
  return button;
}

/** Clicks the link of that name (its text as given, no-break spaces included). */
export async function follow({ canvas, userEvent }: Player, name: string): Promise<HTMLElement> {
  const link = canvas.getByRole('link', { name: sameText(name) });
  await userEvent.click(link);
  return link;
}

/** Waits for the form's alert and checks its sentence. */
export async function expectAlert({ canvas }: Player, text: string): Promise<HTMLElement> {
  const alert = await canvas.findByRole('alert', {}, { timeout: 5000 });
  await expect(alert).toHaveTextContent(text);
  return alert;
}

/** Waits for the success panel: its text is announced and it holds the keyboard focus. */
export async function expectSuccess({ canvas }: Player, text: string): Promise<HTMLElement> {
  // Until then the only status region is the form's (empty) cooldown announcement.
  const status = await waitFor(
    () => {
      const region = canvas.getByRole('status');
      expect(region).toHaveTextContent(text);
      return region;
    },
    { timeout: 5000 },
  );
  await expect(status).toHaveFocus();
  return status;
}

/** A field marked invalid, with its error as the input's accessible description. */
export async function expectFieldError({ canvas }: Player, label: string, text: string): Promise<void> {
  const input = canvas.getByLabelText(label);
  await waitFor(() => {
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(sameText(text));
  });
}

/**
 * After a throttling answer: the submit button is held (`aria-disabled`), a visible countdown
 * ticks from the server's wait, and a further click sends nothing.
 */
export async function expectCooldown(player: Player, submitName: string, waitMs: number): Promise<void> {
  const { canvas, userEvent } = player;
  const t = textsFor(player.globals);
  // The countdown may already have ticked once when it is read.
  const readings = [waitMs, waitMs - 1000].map((ms) => t('cooldown.countdown', { time: formatCountdown(ms) }));
  await expect(await canvas.findByText((content) => readings.includes(content))).toBeVisible();
  const submit = canvas.getByRole('button', { name: sameText(submitName) });
  await expect(submit).toHaveAttribute('aria-disabled', 'true');
  await expectNoNewRequest(() => userEvent.click(submit));
}

/**
 * Runs `action` and checks that the emulator received nothing more. A request reaches the emulator
 * through the service worker a few milliseconds after `fetch`, hence the short wait.
 */
async function expectNoNewRequest(action: () => Promise<void>): Promise<void> {
  const before = api.requests.length;
  await action();
  await new Promise((resolve) => setTimeout(resolve, 250));
  await expect(api.requests).toHaveLength(before);
}

/** The texts of the story's locale; see `textsFor`. */
export function texts(player: Player): (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string {
  return textsFor(player.globals);
}

/** The form's submit button is busy while the request is on its way, and a second click sends nothing. */
export async function expectPending(
  player: Player,
  endpoint: MockEndpoint,
  submitName: string,
  pendingName: string,
): Promise<void> {
  const { canvas, userEvent } = player;
  const submit = await canvas.findByRole('button', { name: sameText(pendingName) });
  await expect(submit).toHaveAttribute('aria-busy', 'true');
  await expect(submit).toHaveAttribute('aria-disabled', 'true');
  await expect(canvas.queryByRole('button', { name: sameText(submitName) })).toBeNull();
  // The first request is on its way (held by the emulator's latency); a second click adds none.
  await waitFor(() => expect(api.requests.at(-1)?.endpoint).toBe(endpoint));
  await expectNoNewRequest(() => userEvent.click(submit));
}

/** No package stylesheet on the page, yet every part keeps its `bkh-*` class for the integrator's CSS. */
export async function expectUnstyled({ canvasElement }: Pick<StoryContext, 'canvasElement'>): Promise<void> {
  await expect(document.querySelector('style[data-bkh-stylesheet]')).toBeNull();
  await expect(canvasElement.querySelector('form.bkh-root')).not.toBeNull();
  await expect(canvasElement.querySelector('input.bkh-input')).not.toBeNull();
  await expect(canvasElement.querySelector('button.bkh-button[type="submit"]')).not.toBeNull();
}
