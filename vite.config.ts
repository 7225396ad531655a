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
    chunkSizeWarningLimit: 500,
    rolldownOptions: {
      output: {
        // The draft page needs all of these; as separate chunks they download in parallel and stay cached when our
        // own code changes. The sign-in and list pages load none of them.
        codeSplitting: {
          groups: [
            { name: 'prosemirror', test: /node_modules[\\/](prosemirror-|@tiptap[\\/]pm|orderedmap|rope-sequence|w3c-keyname)/, priority: 3 },
            { name: 'tiptap', test: /node_modules[\\/]@tiptap[\\/]/, priority: 2 },
            { name: 'yjs', test: /node_modules[\\/](yjs|y-protocols|lib0|y-websocket|@hocuspocus)[\\/]/, priority: 4 },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 1 },
          ],
        },
      },
    },
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
