// Issue 31 in Chromium: a route that React's <Activity> kept (Next.js with Cache Components) and
// shows again in a transition, as a router's navigation does, never paints the stale "You are
// signed in." once the session has ended: not even for one frame.
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { Activity, startTransition, useEffect, useState } from 'react';
import { startTransport } from '#mock-transport';
import { en, LoginForm, SignedIn, SignedOut, SignOutButton } from '../../src/index.js';
import { createMockBizKitHub } from '../../src/testing/index.js';
import { providerWrapper } from '../support/renderWithProvider.js';

const api = createMockBizKitHub({ accounts: [{ email: 'jana@example.com', password: 'correct horse', firstName: 'Jana' }] });
let transport: { stop: () => void } | undefined;
beforeAll(async () => {
  transport = await startTransport([...api.serverModeHandlers(), ...api.handlers]);
});
afterEach(() => api.reset());
afterAll(() => transport?.stop());

/** The router's part: shows or hides the sign-in route in a transition. */
const router = { show: (_visible: boolean) => undefined as void };

function Shop() {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    router.show = (next) => startTransition(() => setVisible(next));
  }, []);
  return (
    <>
      <header>
        <SignedIn>
          <SignOutButton />
        </SignedIn>
        <SignedOut>
          <p>Signed out</p>
        </SignedOut>
      </header>
      <Activity mode={visible ? 'visible' : 'hidden'}>
        <LoginForm />
      </Activity>
    </>
  );
}

/** Whether the success panel is on screen in each animation frame until `stop()`. */
function watchFrames() {
  const frames: boolean[] = [];
  let watching = true;
  const look = () => {
    const panel = screen.queryByText(en['login.success']);
    frames.push(panel !== null && panel.checkVisibility());
    if (watching) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  return {
    frames,
    stop: () => {
      watching = false;
    },
  };
}

const nextFrames = (count: number) =>
  new Promise<void>((resolve) => {
    let left = count;
    const step = () => (--left <= 0 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  });

test('shown again after a sign-out, the kept route paints its form in the first frame, never the stale panel', async () => {
  render(<Shop />, { wrapper: providerWrapper({ serverUrl: '/api/auth', apiKey: undefined }) });
  await userEvent.type(await screen.findByLabelText(en['field.email.label']), 'jana@example.com');
  await userEvent.type(screen.getByLabelText(en['field.password.label']), 'correct horse');
  await userEvent.click(screen.getByRole('button', { name: en['login.submit'] }));
  expect(await screen.findByText(en['login.success'])).toBeVisible();

  router.show(false);
  await expect.poll(() => screen.queryByText(en['login.success'])?.checkVisibility()).toBe(false);
  await userEvent.click(await screen.findByRole('button', { name: en['signOut.submit'] }));
  await screen.findByText('Signed out');

  const watch = watchFrames();
  router.show(true);
  await expect.poll(() => screen.queryByLabelText(en['field.email.label'])?.checkVisibility()).toBe(true);
  await nextFrames(3);
  watch.stop();
  expect(watch.frames.length).toBeGreaterThan(1);
  expect(watch.frames).not.toContain(true);
});
