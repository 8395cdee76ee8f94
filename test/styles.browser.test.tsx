import '../src/styles.css';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { LoginForm } from '../src/index.js';
import { providerWrapper } from './support/renderWithProvider.js';

describe('styles.css in Chromium', () => {
  test('keyboard focus on an input draws a visible 3px ring', async () => {
    render(<LoginForm />, { wrapper: providerWrapper() });
    await userEvent.tab();
    const email = screen.getByLabelText('E-mail');
    expect(email).toHaveFocus();
    const style = getComputedStyle(email);
    expect(style.outlineStyle).toBe('solid');
    expect(style.outlineWidth).toBe('3px');
  });

  test('the form gets its look, while an element of the page outside it stays untouched', () => {
    render(
      <>
        <button type="button">Page button</button>
        <LoginForm />
      </>,
      { wrapper: providerWrapper() },
    );
    const pageButton = getComputedStyle(screen.getByRole('button', { name: 'Page button' }));
    const submit = getComputedStyle(screen.getByRole('button', { name: 'Sign in' }));
    expect(submit.backgroundColor).not.toBe(pageButton.backgroundColor);
    expect(pageButton.borderRadius).not.toBe('8px');
    expect(submit.borderRadius).toBe('8px');
  });

  test('an unlayered rule of the integrator wins over the layer', () => {
    const style = document.createElement('style');
    style.textContent = '.shop-button { background-color: rgb(1, 2, 3); }';
    document.head.append(style);
    render(<LoginForm classNames={{ button: 'shop-button' }} />, { wrapper: providerWrapper() });
    expect(getComputedStyle(screen.getByRole('button', { name: 'Sign in' })).backgroundColor).toBe('rgb(1, 2, 3)');
    style.remove();
  });
});
