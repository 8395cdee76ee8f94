import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const dist = (file: string) => fileURLToPath(new URL(`../../dist/${file}`, import.meta.url));

// The example uses the package as users get it: the built dist/, not the sources (run `npm run build` first).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  publicDir: fileURLToPath(new URL('../../public', import.meta.url)),
  resolve: {
    alias: [
      { find: /^@bizkithub\/auth-react\/styles\.css$/, replacement: dist('styles.css') },
      { find: /^@bizkithub\/auth-react\/testing$/, replacement: dist('testing.js') },
      { find: /^@bizkithub\/auth-react$/, replacement: dist('index.js') },
    ],
  },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000, outDir: fileURLToPath(new URL('./dist', import.meta.url)), emptyOutDir: true },
});
