/// <reference types="@vitest/browser-playwright" />
import '../../src/styles.css';
import { render, screen, within } from '@testing-library/react';
import { page } from 'vitest/browser';
import { en, RegisterForm, type RegisterField } from '../../src/index.js';
import { providerWrapper } from '../support/renderWithProvider.js';

const profile: RegisterField[] = ['firstName', 'lastName', 'phone', 'companyName', 'streetAddress', 'city', 'postalCode', 'newsletter'];

afterEach(async () => {
  await page.viewport(414, 896);
});

/** A profile field's visible label: its name and "(optional)". */
const optional = (field: 'firstName' | 'lastName' | 'city' | 'postalCode' | 'streetAddress') =>
  `${en[`field.${field}.label`]} ${en['field.optional']}`;

const top = (label: string) => screen.getByLabelText(label).getBoundingClientRect().top;

describe('RegisterForm layout', () => {
  test('profile fields come in fieldsets named by their legend: account, personal details, company, address', () => {
    render(<RegisterForm confirmPassword fields={profile} />, { wrapper: providerWrapper() });
    const groups = screen.getAllByRole('group');
    expect(groups.map((group) => group.querySelector('legend')?.textContent)).toEqual([
      en['register.group.account'],
      en['register.group.personal'],
      en['register.group.company'],
      en['register.group.address'],
    ]);
    const account = screen.getByRole('group', { name: en['register.group.account'] });
    expect(within(account).getByLabelText(en['field.email.label'])).toBeInTheDocument();
    expect(within(account).getByLabelText(en['field.confirmPassword.label'])).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: en['register.group.address'] })).getByLabelText(optional('city'))).toBeInTheDocument();
    // The newsletter box belongs to no topic.
    expect(screen.getByLabelText(en['field.newsletter.label']).closest('fieldset')).toBeNull();
  });

  test('without profile fields there is no fieldset, just e-mail and password', () => {
    render(<RegisterForm />, { wrapper: providerWrapper() });
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
  });

  test('the order of `fields` is kept: a topic listed in two places gets two groups', () => {
    render(<RegisterForm fields={['city', 'firstName', 'postalCode']} />, { wrapper: providerWrapper() });
    const legends = screen.getAllByRole('group').map((group) => group.querySelector('legend')?.textContent);
    expect(legends).toEqual([en['register.group.account'], en['register.group.address'], en['register.group.personal'], en['register.group.address']]);
  });

  test('on a wide screen pairs sit side by side; at 375 px every field has the full width', async () => {
    await page.viewport(1024, 900);
    render(<RegisterForm confirmPassword fields={profile} />, { wrapper: providerWrapper() });
    expect(top(optional('firstName'))).toBe(top(optional('lastName')));
    expect(top(optional('city'))).toBe(top(optional('postalCode')));
    expect(top(en['field.password.label'])).toBe(top(en['field.confirmPassword.label']));
    // A long field has its own row.
    expect(top(optional('streetAddress'))).toBeLessThan(top(optional('city')));

    await page.viewport(375, 900);
    expect(top(optional('lastName'))).toBeGreaterThan(top(optional('firstName')));
    const email = screen.getByLabelText(en['field.email.label']).getBoundingClientRect().width;
    expect(screen.getByLabelText(optional('lastName')).getBoundingClientRect().width).toBe(email);
  });
});
