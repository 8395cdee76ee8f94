// Rendering and filling <LoginForm> as a customer does, by its English (or given) labels.
import { render, screen } from '@testing-library/react';
import { type UserEvent } from '@testing-library/user-event';
import { en, LoginForm, type BizKitHubProviderProps, type LoginFormProps, type Messages } from '../../src/index.js';
import { providerWrapper } from './renderWithProvider.js';
import { setupUser } from './user.js';

export function renderLogin(props: LoginFormProps = {}, provider: Partial<BizKitHubProviderProps> = {}, user = setupUser()) {
  const view = render(<LoginForm {...props} />, { wrapper: providerWrapper(provider) });
  return { user, ...view };
}

export const emailInput = (messages: Messages = en) => screen.getByLabelText(messages['field.email.label']);
export const passwordInput = (messages: Messages = en) => screen.getByLabelText(messages['field.password.label']);
export const submitButton = (messages: Messages = en) => screen.getByRole('button', { name: messages['login.submit'] });

export async function fillAndSubmit(user: UserEvent, email: string, password: string, messages: Messages = en) {
  await user.type(emailInput(messages), email);
  await user.type(passwordInput(messages), password);
  await user.click(submitButton(messages));
}
