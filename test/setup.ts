import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Two cores run five browser projects beside jsdom: give findBy… the patience a loaded CI machine needs.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
