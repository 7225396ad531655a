import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

const serverOrigin = 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  plugins: [solid()],
  build: {
    outDir: fileURLToPath(new URL('./dist/client', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    // The Host header is kept (no changeOrigin) so that it still matches the browser's Origin,
    // which the server's cross-origin check compares against.
    proxy: {
      '/api': { target: serverOrigin },
      '/collab': { target: serverOrigin, ws: true },
    },
  },
});
