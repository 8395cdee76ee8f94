/// <reference types="@vitest/browser-playwright" />
import '../../src/styles.css';
import { render, screen } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import { en, LoginForm, RegisterForm, SetNewPasswordForm } from '../../src/index.js';
import { cs } from '../../src/i18n/locales/cs.js';
import { providerWrapper } from '../support/renderWithProvider.js';

const token = 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6';

afterEach(async () => {
  await page.viewport(414, 896);
});

describe('password visibility toggle', () => {
  test('each toggle names its field and says what a press will do', async () => {
    render(<RegisterForm confirmPassword />, { wrapper: providerWrapper() });
    const password = screen.getByRole('button', { name: en['password.show'] });
    const confirmation = screen.getByRole('button', { name: en['password.showConfirm'] });
    await userEvent.click(password);
    expect(password).toHaveAccessibleName(en['password.hide']);
    expect(password).toHaveAttribute('data-state', 'visible');
    // The name already says what a press does; "pressed" on top would read "Hide password, pressed".
    expect(password).not.toHaveAttribute('aria-pressed');
    expect(confirmation).toHaveAccessibleName(en['password.showConfirm']);
    expect(screen.getByLabelText(en['field.password.label'])).toHaveAttribute('type', 'text');
    expect(screen.getByLabelText(en['field.confirmPassword.label'])).toHaveAttribute('type', 'password');
    await userEvent.click(confirmation);
    expect(confirmation).toHaveAccessibleName(en['password.hideConfirm']);
  });

  test('set-new-password names the new password and its confirmation, in the form’s language', () => {
    render(<SetNewPasswordForm token={token} confirmPassword />, { wrapper: providerWrapper({ locale: 'cs' }) });
    expect(screen.getByRole('button', { name: cs['password.showNew'] })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: cs['password.showConfirm'] })).toBeInTheDocument();
  });

  test('the pressed state shows in the icon and the fill, not only in a border colour', async () => {
    render(<LoginForm />, { wrapper: providerWrapper() });
    const toggle = screen.getByRole('button', { name: en['password.show'] });
    const before = { icon: toggle.querySelector('svg')?.innerHTML, fill: getComputedStyle(toggle).backgroundColor };
    await userEvent.click(toggle);
    await Promise.all(toggle.getAnimations().map((animation) => animation.finished));
    expect(toggle.querySelector('svg')?.innerHTML).not.toBe(before.icon);
    expect(getComputedStyle(toggle).backgroundColor).not.toBe(before.fill);
  });

  test('at 320 px the toggle sits inside the input, which keeps nearly the whole width', async () => {
    await page.viewport(320, 640);
    render(
      <div style={{ margin: 0 }}>
        <LoginForm />
      </div>,
      { wrapper: providerWrapper() },
    );
    const input = screen.getByLabelText(en['field.password.label']).getBoundingClientRect();
    const email = screen.getByLabelText(en['field.email.label']).getBoundingClientRect();
    const toggle = screen.getByRole('button', { name: en['password.show'] }).getBoundingClientRect();
    // As wide as the e-mail input above it (the old text button beside it left 104 px).
    expect(input.width).toBe(email.width);
    expect(input.width).toBeGreaterThan(240);
    expect(toggle.left).toBeGreaterThan(input.left);
    expect(toggle.right).toBeLessThanOrEqual(input.right);
    expect(toggle.top).toBeGreaterThanOrEqual(input.top);
    expect(toggle.bottom).toBeLessThanOrEqual(input.bottom);
    // Typed text stops before the icon.
    const padding = parseFloat(getComputedStyle(screen.getByLabelText(en['field.password.label'])).paddingRight);
    expect(input.right - padding).toBeLessThanOrEqual(toggle.left);
    // WCAG 2.5.8: a target of at least 24 × 24 px.
    expect(toggle.width).toBeGreaterThanOrEqual(24);
    expect(toggle.height).toBeGreaterThanOrEqual(24);
  });
});
