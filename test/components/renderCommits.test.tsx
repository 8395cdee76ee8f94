// React commits per interaction, counted with <Profiler onRender> around the form: the kit's forms
// against the bare stack (react-hook-form + zod/mini + resolver, bench/floor/) doing the same thing.
// Events are dispatched outside act(), as the browser bench does, so React batches and commits as it
// would on a page, not once per act() scope.
import { act, render } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { BareLoginForm } from '../../bench/floor/BareLoginForm.js';
import { MarkupLoginForm } from '../../bench/floor/MarkupLoginForm.js';
import { LoginForm, MagicAuthForm, RegisterForm, ResetPasswordForm, SetNewPasswordForm } from '../../src/index.js';
import { startMockBizKitHub } from '../support/mockServer.js';
import { providerWrapper } from '../support/renderWithProvider.js';

const api = startMockBizKitHub();

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

type Step = (form: HTMLFormElement) => void;

const submit: Step = (form) => {
  // The submit event itself, as the bench sends it (a click would add the button's own focus events).
  form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
};

/** Focus each text field in turn, then leave the last: a customer tabbing through, typing nothing. */
const tabThrough: Step = (form) => {
  const inputs = [...form.querySelectorAll('input')];
  for (const input of inputs) input.focus();
  inputs.at(-1)?.blur();
};

const invalid = (form: HTMLFormElement) => form.querySelector('[aria-invalid="true"], p') !== null;

/**
 * Mounts `element` in a Profiler, lets its mount effects settle, then counts the commits `steps`
 * cause until the page is quiet again (and, for a submit, until an error shows).
 */
async function commitsOf(element: ReactNode, steps: Step[], wrapper = providerWrapper()): Promise<number> {
  let commits = 0;
  const { container, unmount } = render(<Profiler id="form" onRender={() => (commits += 1)}>{element}</Profiler>, { wrapper });
  await act(() => wait(20));
  const form = container.querySelector('form');
  if (!form) throw new Error('no form rendered');
  const before = commits;
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    for (const step of steps) {
      step(form);
      if (step === submit) {
        for (let tries = 0; tries < 200 && !invalid(form); tries += 1) await wait(5);
        expect(invalid(form)).toBe(true);
      }
      await wait(50);
    }
  } finally {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
  }
  const counted = commits - before;
  unmount();
  return counted;
}

const bareForms = {
  'the bare form': () => <BareLoginForm onSubmit={() => undefined} />,
  'the bare stack with LoginForm’s markup': () => <MarkupLoginForm onSubmit={() => undefined} />,
};

const kitForms = {
  LoginForm: () => <LoginForm />,
  MagicAuthForm: () => <MagicAuthForm fields={['firstName']} />,
  RegisterForm: () => <RegisterForm />,
  ResetPasswordForm: () => <ResetPasswordForm />,
  SetNewPasswordForm: () => <SetNewPasswordForm token={'B'.repeat(32)} />,
};

describe('React commits: the kit’s forms commit as often as the bare stack', () => {
  test.each(Object.entries(bareForms))('%s commits once for a submit with empty fields (the floor)', async (_name, form) => {
    expect(await commitsOf(form(), [submit])).toBe(1);
  });

  test.each(Object.entries(kitForms))('%s commits once for a submit with empty fields', async (_name, form) => {
    const floor = await commitsOf(<BareLoginForm onSubmit={() => undefined} />, [submit]);
    expect(await commitsOf(form(), [submit])).toBe(floor);
    expect(api.requests).toHaveLength(0);
  });

  test('LoginForm: a second submit with errors still commits as the bare form does', async () => {
    const floor = await commitsOf(<BareLoginForm onSubmit={() => undefined} />, [submit, submit]);
    expect(await commitsOf(<LoginForm />, [submit, submit])).toBe(floor);
  });

  test('LoginForm: tabbing through the fields commits no more than the bare form (touched state is not read)', async () => {
    const floor = await commitsOf(<BareLoginForm onSubmit={() => undefined} />, [tabThrough]);
    expect(await commitsOf(<LoginForm />, [tabThrough])).toBe(floor);
  });
});
