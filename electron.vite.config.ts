import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          // Argon2id runs in this worker thread (see electron/core/crypto/kdf.ts).
          'kdf-worker': resolve(root, 'electron/core/crypto/kdf-worker.mjs'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() anything: bundle everything, emit CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [
      react(),
      // Dev only: Vite's HMR needs an inline React-refresh preamble and injects CSS as <style>.
      // The built app (and every test) keeps the strict policy from electron/main/csp.ts.
      {
        name: 'mend-dev-csp',
        apply: 'serve',
        transformIndexHtml: (html: string) =>
          html.replace("script-src 'self'; style-src 'self'", "script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'"),
      },
    ],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
