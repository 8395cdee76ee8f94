import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA's dev server hands /api to the shop's API (the Express or the Hono recipe), so the page, its
// /api/auth and the session cookie share one origin: the one the browser sees, which is the API's `origin`.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/api': process.env.SHOP_API_URL ?? 'http://127.0.0.1:3000' },
  },
});
