import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { numberDocument } from '../../../../shared/document/numbering';
import { createTemporaryDirectory } from '../../../helpers/temporary-directory';
import { renderSmallStandard, smallStandardDocument } from './small-standard';

const run = promisify(execFile);

/** The PDF LibreOffice makes of the file, as text, and its page count. */
async function convertedByLibreOffice(docx: Uint8Array): Promise<{ text: string; pages: number }> {
  const directory = createTemporaryDirectory();
  try {
    const docxPath = join(directory.path, 'standard.docx');
    writeFileSync(docxPath, docx);
    // A profile of its own, so a LibreOffice already running elsewhere cannot swallow the conversion.
    await run('soffice', [`-env:UserInstallation=file://${join(directory.path, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', directory.path, docxPath], { timeout: 110_000 });
    const pdfPath = join(directory.path, 'standard.pdf');
    const { stdout: text } = await run('pdftotext', ['-layout', pdfPath, '-']);
    const { stdout: information } = await run('pdfinfo', [pdfPath]);
    return { text, pages: Number(/Pages:\s+(\d+)/.exec(information)?.[1] ?? 0) };
  } finally {
    directory.remove();
  }
}

/** pdftotext -layout spreads lines with spaces and puts them between Latin and CJK text; compare without them. */
function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

describe('the .docx of a standard in LibreOffice', () => {
  it('converts to a PDF whose text has every clause, table, term and annex heading in order, with the CJK text intact', { timeout: 120_000 }, async () => {
    const document = smallStandardDocument();
    const { text, pages } = await convertedByLibreOffice(await renderSmallStandard());
    const flat = withoutSpaces(text);
    expect(flat).toContain('团体标准编写示例');
    expect(flat).toContain('T/CAS001—2024');
    expect(flat).toContain('目次');
    const body = flat.slice(flat.indexOf('本文件的术语与GB/T20000.1—2014协调一致。'));
    const headings = numberDocument(document)
      .elements.filter((element) => ['clause', 'table', 'term', 'annex', 'figure', 'formula'].includes(element.kind))
      .map((element) => {
        if (element.kind === 'annex') return `${element.label}${withoutSpaces(element.title)}`;
        return withoutSpaces(`${element.label}${element.kind === 'formula' ? '' : element.title}`);
      });
    expect(headings).toContain('附录A尺寸的测量方法');
    expect(headings).toContain('3.3标准化');
    let from = 0;
    for (const heading of headings) {
      const index = body.indexOf(heading.replace(/^附录A/, '附录A（资料性）'), from);
      expect(index, heading).toBeGreaterThanOrEqual(from);
      from = index + 1;
    }
    expect(body.indexOf('参考文献', from)).toBeGreaterThan(0);
    expect(pages).toBeGreaterThanOrEqual(7);
    expect(pages).toBeLessThanOrEqual(12);
  });
});
