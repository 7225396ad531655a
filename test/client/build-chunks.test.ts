import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

const configFile = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));
const largestChunkBytes = 500 * 1024;

async function buildChunks(): Promise<{ chunks: Rolldown.OutputChunk[]; html: string }> {
  const result = await build({ configFile, logLevel: 'silent', build: { write: false, emptyOutDir: false } });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((entry) => ('output' in entry ? entry.output : []));
  const chunks = outputs.filter((output): output is Rolldown.OutputChunk => output.type === 'chunk');
  const page = outputs.find((output) => output.fileName === 'index.html');
  const html = page && page.type === 'asset' ? String(page.source) : '';
  return { chunks, html };
}

describe('client build', () => {
  it('splits the editor so that no chunk is over 500 kB and the first page loads no editor code', async () => {
    const { chunks, html } = await buildChunks();
    const sizes = chunks.map((chunk) => ({ name: chunk.fileName, bytes: Buffer.byteLength(chunk.code) }));
    expect(sizes.filter((size) => size.bytes > largestChunkBytes), JSON.stringify(sizes)).toEqual([]);
    for (const editorChunk of ['prosemirror', 'tiptap', 'yjs']) {
      expect(sizes.some((size) => size.name.includes(editorChunk))).toBe(true);
      expect(html).not.toContain(editorChunk);
    }
  }, 120_000);
});
