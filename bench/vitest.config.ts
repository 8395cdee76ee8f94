import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Benchmarks only: `npm run bench`. Timings are reported, never asserted.
export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: [],
    benchmark: { include: ['bench/**/*.bench.{ts,tsx}'] },
  },
});
