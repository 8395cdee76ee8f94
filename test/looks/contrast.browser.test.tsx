/// <reference types="@vitest/browser-playwright" />
import '../../src/styles.css';
import { render, screen, waitFor } from '@testing-library/react';
import { cdp, userEvent } from 'vitest/browser';
import { en, LoginForm, RegisterForm } from '../../src/index.js';
import { providerWrapper } from '../support/renderWithProvider.js';
import { behind, behindOutline, contrast, fill, isDark, parseColor } from './contrast.js';

/**
 * WCAG 1.4.11 (non-text contrast) measured on the rendered forms, because axe does not: every
 * control's boundary and every focus ring has at least 3:1 against the colours next to it.
 */
const minimum = 3;

interface Scene {
  name: string;
  /** `data-theme` on an ancestor of the form (the app's choice). */
  theme?: 'light' | 'dark';
  /** The OS preference Chromium emulates. */
  os: 'light' | 'dark';
  dark: boolean;
}

const scenes: Scene[] = [
  { name: 'light', os: 'light', dark: false },
  { name: 'dark from the OS', os: 'dark', dark: true },
  { name: 'dark from the app (data-theme) on a light OS', theme: 'dark', os: 'light', dark: true },
  { name: 'light from the app (data-theme) on a dark OS', theme: 'light', os: 'dark', dark: false },
];

async function emulateColorScheme(value: 'light' | 'dark') {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] });
}

afterEach(async () => {
  await emulateColorScheme('light');
});

/** Fails with every measurement under the minimum, named, so a report says what to fix. */
function expectAtLeast(measurements: Record<string, number>) {
  const low = Object.entries(measurements)
    .filter(([, ratio]) => ratio < minimum)
    .map(([part, ratio]) => `${part}: ${ratio.toFixed(2)}:1`);
  expect(low).toEqual([]);
}

/** Waits for the element's transitions (border and background fades) to end. */
async function settled(...elements: Element[]) {
  await Promise.all(elements.flatMap((element) => element.getAnimations().map((animation) => animation.finished)));
}

const colour = (element: Element, property: 'borderTopColor' | 'color' | 'outlineColor') =>
  parseColor(getComputedStyle(element)[property]);

/** A boundary drawn by a border: against the fill inside it and against what is around it. */
function border(element: Element): number {
  const line = colour(element, 'borderTopColor');
  return Math.min(contrast(line, fill(element)), contrast(line, behind(element)));
}

function renderRegister(scene: Scene) {
  return render(
    <div data-theme={scene.theme}>
      <RegisterForm confirmPassword fields={['firstName', 'country', 'newsletter']} onLogin={() => undefined} />
    </div>,
    { wrapper: providerWrapper() },
  );
}

describe.each(scenes)('non-text contrast, $name', (scene) => {
  beforeEach(async () => {
    await emulateColorScheme(scene.os);
  });

  test('the theme is the one the app or the OS asked for', () => {
    const { container } = renderRegister(scene);
    const card = container.querySelector('.bkh-root');
    if (!card) throw new Error('no form rendered');
    expect(isDark(fill(card))).toBe(scene.dark);
  });

  test('inputs, the checkbox, the submit button and the password toggles stand out at 3:1', async () => {
    renderRegister(scene);
    const email = screen.getByLabelText(en['field.email.label']);
    const checkbox = screen.getByLabelText(en['field.newsletter.label']);
    const submit = screen.getByRole('button', { name: en['register.submit'] });
    const toggle = screen.getByRole('button', { name: en['password.show'] });
    const measured: Record<string, number> = {
      'input border': border(email),
      'select border': border(screen.getByLabelText(`${en['field.country.label']} ${en['field.optional']}`)),
      'checkbox border': border(checkbox),
      'submit button fill': contrast(fill(submit), behind(submit)),
      'toggle icon': contrast(colour(toggle, 'color'), fill(toggle)),
    };
    await userEvent.click(checkbox);
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('data-state', 'visible');
    await settled(checkbox, toggle);
    measured['checked checkbox fill'] = contrast(fill(checkbox), behind(checkbox));
    measured['pressed toggle icon'] = contrast(colour(toggle, 'color'), fill(toggle));
    expectAtLeast(measured);
  });

  test('an invalid input keeps a 3:1 border', async () => {
    renderRegister(scene);
    await userEvent.click(screen.getByRole('button', { name: en['register.submit'] }));
    const email = screen.getByLabelText(en['field.email.label']);
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    await settled(email);
    expectAtLeast({ 'invalid input border': border(email) });
  });

  test('every control shows a solid focus ring of 3:1 or more when reached with the keyboard', async () => {
    renderRegister(scene);
    const measured: Record<string, number> = {};
    for (let step = 0; step < 14; step += 1) {
      await userEvent.keyboard('{Tab}');
      const focused = document.activeElement;
      if (!focused || focused === document.body || !focused.closest('.bkh-root')) break;
      const style = getComputedStyle(focused);
      expect(style.outlineStyle).toBe('solid');
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
      const name = `${focused.className.split(' ')[0] ?? focused.tagName} #${step + 1}`;
      measured[`focus ring of ${name}`] = contrast(colour(focused, 'outlineColor'), behindOutline(focused));
    }
    // email, password, its toggle, confirmation, its toggle, first name, country, newsletter, submit, sign-in
    expect(Object.keys(measured)).toHaveLength(10);
    expectAtLeast(measured);
  });
});

describe('theme from the app', () => {
  test('the nearest data-theme wins: a dark panel inside a light page gets a dark card, and the other way round', () => {
    const { container } = render(
      <div data-theme="light">
        <div data-theme="dark" id="dark-panel">
          <LoginForm />
        </div>
        <div className="dark">
          <div data-theme="light" id="light-panel">
            <LoginForm />
          </div>
        </div>
      </div>,
      { wrapper: providerWrapper() },
    );
    const dark = container.querySelector('#dark-panel .bkh-root');
    const light = container.querySelector('#light-panel .bkh-root');
    if (!dark || !light) throw new Error('forms not rendered');
    expect(isDark(fill(dark))).toBe(true);
    expect(isDark(fill(light))).toBe(false);
  });
});
