import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLibreOffice } from '../../../../server/exports/pdf/libreoffice-converter';
import { createTemporaryDirectory } from '../../../helpers/temporary-directory';
import { startServerWithStandard, type ServerWithStandard } from '../../../helpers/test-server';
import { readWordDocument } from '../office-readers';

const wordContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let world: ServerWithStandard;

beforeAll(async () => {
  world = await startServerWithStandard();
});

afterAll(async () => {
  await world.server.stop();
});

async function download(path: string): Promise<{ bytes: Buffer; response: Response }> {
  const response = await world.secretariat.fetchRaw(path);
  return { bytes: Buffer.from(await response.arrayBuffer()), response };
}

describe('GET document.docx', () => {
  it("exports a frozen version with the same bytes every time, named after the standard and the version", async () => {
    const frozen = await world.secretariat.post(`/api/standards/${world.standardId}/versions`, { name: '征求意见稿' });
    expect(frozen.status).toBe(201);
    const versionId = (frozen.body as { id: string }).id;
    const path = `/api/standards/${world.standardId}/versions/${versionId}/document.docx`;
    const first = await download(path);
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get('content-type')).toBe(wordContentType);
    expect(first.response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('智能制造 术语 征求意见稿.docx')}`);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await download(path);
    expect(second.bytes.equals(first.bytes)).toBe(true);
    const { paragraphs } = await readWordDocument(new Uint8Array(first.bytes));
    expect(paragraphs).toContain('T/CAS 290—××××');
    expect(paragraphs).toContain('智能制造 术语');
    expect(paragraphs).toContain('1\u3000范围');
  });

  it('exports the live draft, and answers 404 for a version of nothing', async () => {
    const live = await download(`/api/standards/${world.standardId}/document.docx`);
    expect(live.response.status).toBe(200);
    expect(live.response.headers.get('content-type')).toBe(wordContentType);
    expect(live.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const missing = await world.secretariat.get(`/api/standards/${world.standardId}/versions/no-such-version/document.docx`);
    expect(missing.status).toBe(404);
  });
});

describe('GET document.pdf', () => {
  it.skipIf(findLibreOffice() === null)('converts the live draft and a version with LibreOffice; the text has the title and the number', async () => {
    const frozen = await world.secretariat.post(`/api/standards/${world.standardId}/versions`, { name: '送审稿' });
    const versionId = (frozen.body as { id: string }).id;
    for (const path of [`/api/standards/${world.standardId}/document.pdf`, `/api/standards/${world.standardId}/versions/${versionId}/document.pdf`]) {
      const { bytes, response } = await download(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const scratch = createTemporaryDirectory();
      try {
        const file = join(scratch.path, 'standard.pdf');
        writeFileSync(file, bytes);
        const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
        expect(text).toContain('智能制造 术语');
        expect(text).toContain('T/CAS 290');
      } finally {
        scratch.remove();
      }
    }
    const meta = (await world.secretariat.get('/api/meta')).body as { pdfExportAvailable: boolean };
    expect(meta.pdfExportAvailable).toBe(true);
  }, 180_000);
});
