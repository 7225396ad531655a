import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

const serverOrigin = 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  plugins: [solid()],
  resolve: {
    alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('./client/zod-without-eval.ts', import.meta.url)) }],
  },
  build: {
    outDir: fileURLToPath(new URL('./dist/client', import.meta.url)),
    emptyOutDir: true,
    // The draft page's chunk (Tiptap, ProseMirror, Yjs) is about 540 kB and is loaded only when a draft opens.
    chunkSizeWarningLimit: 600,
  },
  server: {
    // Plain prefixes would also catch the source modules under client/api/ and client/collab/
    // (`/api/standards.ts`), so only extension-less API paths and the exact websocket path are proxied.
    // The Host header is kept (no changeOrigin) so that it still matches the browser's Origin.
    proxy: {
      '^/api/[^.?]*(\\?.*)?$': { target: serverOrigin },
      '^/collab(\\?.*)?$': { target: serverOrigin, ws: true },
    },
  },
});
