import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The example imports `@bizkithub/auth-react/…` as an app does. Inside this repository the name
// resolves to the package itself through package.json "exports" (a package may import its own
// name), that is to the built dist/: run `npm run build` first.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  // Where `npx msw init public` put the service worker of the embedded BizKitHub.
  publicDir: fileURLToPath(new URL('../../public', import.meta.url)),
  build: { target: 'es2022', outDir: fileURLToPath(new URL('./dist', import.meta.url)), emptyOutDir: true },
});
