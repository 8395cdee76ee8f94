/// <reference types="@vitest/browser-playwright" />
import '../../src/styles.css';
import { render, screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { en, RegisterForm } from '../../src/index.js';
import { startMockBizKitHub } from '../support/mockServer.js';
import { providerWrapper } from '../support/renderWithProvider.js';

startMockBizKitHub();

describe('the success news after a keyboard submit', () => {
  test('takes focus without a control’s focus ring, while a control reached by Tab still has one', async () => {
    render(<RegisterForm onLogin={() => undefined} />, { wrapper: providerWrapper() });
    await userEvent.click(screen.getByLabelText(en['field.email.label']));
    await userEvent.keyboard('new.customer@example.com{Tab}pw 123{Enter}');

    await screen.findByRole('heading', { name: en['register.success.title'] }, { timeout: 5000 });
    const status = screen.getByRole('status');
    await expect.poll(() => document.activeElement).toBe(status);
    // The keyboard was used last, so a control here would show its ring: the news must not.
    expect(status.matches(':focus-visible')).toBe(true);
    expect(getComputedStyle(status).outlineStyle).toBe('none');

    await userEvent.keyboard('{Tab}');
    const signIn = document.activeElement;
    expect(signIn).toHaveAccessibleName(en['action.login']);
    if (!signIn) throw new Error('nothing focused');
    expect(getComputedStyle(signIn).outlineStyle).toBe('solid');
  });
});
