import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { findLibreOffice, LibreOfficeConverter } from '../../../../server/exports/pdf/libreoffice-converter';
import { DomainError } from '../../../../server/errors';
import { createTemporaryDirectory } from '../../../helpers/temporary-directory';

const scratch = createTemporaryDirectory();
afterAll(() => scratch.remove());

async function smallDocx(text: string): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] })));
}

/** A stand-in for soffice, which is outside the product: it records when it ran, then sleeps. */
function slowProgram(seconds: number): { path: string; log: string } {
  const path = join(scratch.path, `slow-${seconds}.sh`);
  const log = join(scratch.path, `slow-${seconds}.log`);
  writeFileSync(path, `#!/bin/sh\necho "start $(date +%s%N)" >> ${log}\nsleep ${seconds}\necho "end $(date +%s%N)" >> ${log}\n`);
  chmodSync(path, 0o755);
  return { path, log };
}

describe('PDF through LibreOffice', () => {
  const soffice = findLibreOffice();

  it.skipIf(soffice === null)('converts a .docx with Chinese text to a PDF whose text reads back', async () => {
    const converter = new LibreOfficeConverter({ executable: soffice, timeoutMilliseconds: 120_000 });
    try {
      const pdf = await converter.convertDocxToPdf(await smallDocx('工业机器人 安全要求'));
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
      const path = join(scratch.path, 'out.pdf');
      writeFileSync(path, pdf);
      expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).toContain('工业机器人 安全要求');
    } finally {
      converter.dispose();
    }
  }, 180_000);

  it('says what to install when LibreOffice is missing', async () => {
    const converter = new LibreOfficeConverter({ executable: null, timeoutMilliseconds: 1000 });
    expect(converter.available).toBe(false);
    await expect(converter.convertDocxToPdf(await smallDocx('x'))).rejects.toMatchObject({ code: 'pdf_unavailable' });
  });

  it('kills a conversion past its timeout and says so', async () => {
    const { path } = slowProgram(5);
    const converter = new LibreOfficeConverter({ executable: path, timeoutMilliseconds: 300 });
    const started = performance.now();
    const failure = await converter.convertDocxToPdf(await smallDocx('x')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DomainError);
    expect(failure).toMatchObject({ code: 'pdf_conversion_failed' });
    expect((failure as DomainError).message).toContain('did not finish');
    // Killed, not waited for: well under the program's five seconds.
    expect(performance.now() - started).toBeLessThan(4000);
    converter.dispose();
  });

  it('runs one conversion at a time', async () => {
    const { path, log } = slowProgram(0.3);
    const converter = new LibreOfficeConverter({ executable: path, timeoutMilliseconds: 10_000 });
    const results = await Promise.allSettled([1, 2, 3].map(async (index) => converter.convertDocxToPdf(await smallDocx(`${index}`))));
    // The stand-in writes no PDF, so each conversion fails, but only after the one before it ended.
    expect(results.every((result) => result.status === 'rejected')).toBe(true);
    const events = readFileSync(log, 'utf8').trim().split('\n').map((line) => line.split(' ')[0]);
    expect(events).toEqual(['start', 'end', 'start', 'end', 'start', 'end']);
    converter.dispose();
  });
});
