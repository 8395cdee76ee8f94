/// <reference types="@vitest/browser-playwright" />
import '../../src/styles.css';
import { act, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { page } from 'vitest/browser';
import { AccountSummary, LoginForm, MagicAuthForm, RegisterForm, ResetPasswordForm, SetNewPasswordForm, UserButton, type Account } from '../../src/index.js';
import { providerWrapper } from '../support/renderWithProvider.js';

/*
 * Every form, default and error state, light and dark, 375 and 1024 px wide, against committed
 * baselines in __screenshots__/ beside this file (Chromium on Linux, Debian's DejaVu Sans).
 * After an intended visual change: `npm run test:screenshots:update`, look at the images, commit them.
 */

const forms: Record<string, () => ReactElement> = {
  login: () => <LoginForm onResetPassword={() => undefined} onRegister={() => undefined} />,
  'magic-auth': () => <MagicAuthForm />,
  register: () => (
    <RegisterForm
      confirmPassword
      fields={['firstName', 'lastName', 'phone', 'companyName', 'companyRegistrationNumber', 'streetAddress', 'city', 'postalCode', 'country', 'newsletter']}
      onLogin={() => undefined}
    />
  ),
  'reset-password': () => <ResetPasswordForm onLogin={() => undefined} />,
  'set-new-password': () => <SetNewPasswordForm token="A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6" confirmPassword />,
};

const widths = [375, 1024] as const;
const themes = ['light', 'dark'] as const;
const states = ['default', 'error'] as const;

// Fixed font and no motion or caret, so a shot depends only on the markup and styles.css. The
// font comes in through the documented custom property, as an app would set it.
const determinism = `
  body { margin: 0; }
  .shot { padding: 16px; }
  .shot[data-theme='light'] { background: #f3f4f6; }
  .shot[data-theme='dark'] { background: #0b0d10; }
  .shot .bkh-root { --bkh-font: 'DejaVu Sans', sans-serif; margin-inline: auto; }
  .shot :is(.bkh-user-button, .bkh-account) { --bkh-font: 'DejaVu Sans', sans-serif; }
  .shot header { display: flex; justify-content: space-between; align-items: center; min-height: 22rem; align-items: start; }
  .shot *, .shot *::before, .shot *::after { transition: none !important; animation: none !important; caret-color: transparent !important; }
`;

let style: HTMLStyleElement;
beforeAll(() => {
  style = document.createElement('style');
  style.textContent = determinism;
  document.head.append(style);
});
afterAll(async () => {
  style.remove();
  await page.viewport(414, 896);
});

describe.each(Object.keys(forms))('%s form', (form) => {
  test.each(widths.flatMap((width) => themes.flatMap((theme) => states.map((state) => ({ width, theme, state })))))(
    '$state, $theme, $width px',
    async ({ width, theme, state }) => {
      await page.viewport(width, 900);
      const renderForm = forms[form];
      if (!renderForm) throw new Error(`no form ${form}`);
      const { container } = render(
        <div className="shot" data-theme={theme} data-testid="shot">
          {renderForm()}
        </div>,
        { wrapper: providerWrapper() },
      );
      if (state === 'error') {
        // Submitting empty: each required field says what is missing, focus on the first one.
        const formElement = container.querySelector('form');
        if (!formElement) throw new Error('no form element');
        await act(async () => formElement.requestSubmit());
        await expect.poll(() => container.querySelector('[aria-invalid="true"]')).not.toBeNull();
      }
      // The whole card in view: the iframe is as tall as the page.
      const shot = page.getByTestId('shot');
      await page.viewport(width, Math.ceil(shot.element().getBoundingClientRect().height));
      await expect.element(shot).toMatchScreenshot(`${form}-${state}-${theme}-${width}`, {
        screenshotOptions: { animations: 'disabled', caret: 'hide' },
        comparatorName: 'pixelmatch',
        comparatorOptions: { allowedMismatchedPixelRatio: 0.001 },
        // Two identical captures in a row prove the page is still; on two loaded cores that can take longer than 5 s.
        timeout: 30_000,
      });
    },
  );
});

// The account parts, signed in (the session as a server page would hand it over): the header's
// menu open over the account page's summary.
const account: Account = {
  cuRefNo: 'CU2026JANA000001',
  email: 'jana.novakova@example.com',
  firstName: 'Jana',
  lastName: 'Nováková',
  phone: '+420 777123456',
  premium: true,
  creditBalance: 1250.5,
};

describe('account parts', () => {
  test.each(widths.flatMap((width) => themes.map((theme) => ({ width, theme }))))('menu open, $theme, $width px', async ({ width, theme }) => {
    await page.viewport(width, 900);
    render(
      <div className="shot" data-theme={theme} data-testid="shot">
        <header>
          <strong>Tea &amp; Kettle</strong>
          <UserButton accountHref="#account" ordersHref="#orders" />
        </header>
        <AccountSummary />
      </div>,
      { wrapper: providerWrapper({ serverUrl: '/api/auth', apiKey: undefined, initialSession: { status: 'signed-in', account } }) },
    );
    await act(async () => (await screen.findByRole('button', { name: 'Account menu for Jana Nováková' })).click());
    await screen.findByRole('menu');
    const shot = page.getByTestId('shot');
    await page.viewport(width, Math.ceil(shot.element().getBoundingClientRect().height));
    await expect.element(shot).toMatchScreenshot(`account-menu-${theme}-${width}`, {
      screenshotOptions: { animations: 'disabled', caret: 'hide' },
      comparatorName: 'pixelmatch',
      comparatorOptions: { allowedMismatchedPixelRatio: 0.001 },
      timeout: 30_000,
    });
  });
});
