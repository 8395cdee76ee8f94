// The page of test/client/viteDev.test.ts: an app served by Vite's dev server whose serverUrl has no
// handler behind it (Vite answers /api/auth/* itself). It signs in once and keeps what the customer
// would read, for the test to compare with the console.
import { createBizKitHubClient, getErrorMessage } from '../../../src/client/index.js';

declare global {
  interface Window {
    /** What the customer reads after the sign-in. */
    signInOutcome?: Promise<string>;
  }
}

const client = createBizKitHubClient({ serverUrl: '/api/auth' });
window.signInOutcome = client
  .login({ email: 'jana@example.com', password: 'correct horse' })
  .then(
    () => 'signed in',
    (error: unknown) => getErrorMessage(error, 'en'),
  );
