/// <reference types="@vitest/browser-playwright" />
import '../../src/styles.css';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { page } from 'vitest/browser';
import { LoginForm, MagicAuthForm, RegisterForm, ResetPasswordForm, SetNewPasswordForm } from '../../src/index.js';
import { providerWrapper } from '../support/renderWithProvider.js';

// The cards in a centring flex row, as many shops lay out an auth page: each takes the same width.
afterEach(async () => {
  await page.viewport(414, 896);
});

const singleColumn: Array<[string, () => ReactElement]> = [
  ['login', () => <LoginForm />],
  ['magic-auth', () => <MagicAuthForm />],
  ['register without profile fields', () => <RegisterForm />],
  ['reset-password', () => <ResetPasswordForm />],
  ['set-new-password', () => <SetNewPasswordForm token="A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6" />],
];

function cardOf(form: () => ReactElement): HTMLElement {
  const { container } = render(<div style={{ display: 'flex', justifyContent: 'center' }}>{form()}</div>, { wrapper: providerWrapper() });
  const card = container.querySelector<HTMLElement>('.bkh-root');
  if (!card) throw new Error('no card');
  return card;
}

test('every single-column form is one card width; a register form with two groups is wider', async () => {
  await page.viewport(1024, 900);
  const widths = singleColumn.map(([name, form]) => [name, cardOf(form).getBoundingClientRect().width] as const);
  const first = widths[0]?.[1] ?? 0;
  expect(first).toBeGreaterThan(300);
  for (const [name, width] of widths) expect({ name, width }).toEqual({ name, width: first });
  const register = cardOf(() => <RegisterForm fields={['firstName', 'lastName', 'streetAddress', 'city']} />);
  expect(register.getBoundingClientRect().width).toBeGreaterThan(first);
});

test('under 480 px the card has no border or shadow (no card in a card on phones); from 480 px it has both', async () => {
  await page.viewport(375, 800);
  const phone = getComputedStyle(cardOf(() => <LoginForm />));
  expect(phone.boxShadow).toBe('none');
  expect(phone.borderTopColor).toBe('rgba(0, 0, 0, 0)');
  await page.viewport(480, 800);
  const wide = getComputedStyle(cardOf(() => <LoginForm />));
  expect(wide.boxShadow).not.toBe('none');
  expect(wide.borderTopColor).not.toBe('rgba(0, 0, 0, 0)');
});
