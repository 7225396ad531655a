import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderMinutesDocx } from '../../../../server/reviews/minutes/render-minutes-docx';
import { createTemporaryDirectory } from '../../../helpers/temporary-directory';
import { unzipText } from '../../exports/office-readers';
import { sampleCorrespondenceFacts, sampleMeetingFacts, sampleTallyInWords } from './sample-minutes-facts';

const run = promisify(execFile);
const originalTimeZone = process.env.TZ;

afterEach(() => {
  vi.useRealTimers();
  if (originalTimeZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalTimeZone;
});

async function pdfTextOf(docx: Uint8Array): Promise<string> {
  const directory = createTemporaryDirectory();
  try {
    const docxPath = join(directory.path, 'minutes.docx');
    writeFileSync(docxPath, docx);
    // A profile of its own, so a LibreOffice already running elsewhere cannot swallow the conversion.
    await run('soffice', [`-env:UserInstallation=file://${join(directory.path, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', directory.path, docxPath], { timeout: 110_000 });
    const { stdout } = await run('pdftotext', ['-layout', join(directory.path, 'minutes.pdf'), '-']);
    return stdout;
  } finally {
    directory.remove();
  }
}

/** pdftotext -layout spreads table cells with spaces; compare without them. */
function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

describe('the minutes as a .docx', () => {
  it('gives the same bytes for the same facts, whenever and in whatever server zone it is rendered', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-01-01T00:00:00.000Z'));
    process.env.TZ = 'UTC';
    const first = await renderMinutesDocx(sampleMeetingFacts());
    vi.setSystemTime(new Date('2027-06-30T13:47:31.000Z'));
    process.env.TZ = 'America/New_York';
    const second = await renderMinutesDocx(sampleMeetingFacts());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);

    const parts = await unzipText(first);
    expect(parts.get('docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-07T08:00:00.000Z</dcterms:created>');
    expect(parts.get('docProps/core.xml')).toContain('<dc:title>《智能制造 术语》技术审查会议纪要</dc:title>');

    const otherFacts = await renderMinutesDocx(sampleMeetingFacts({ generatedAt: new Date('2026-12-08T08:00:00.000Z') }));
    expect(Buffer.from(otherFacts).equals(Buffer.from(first))).toBe(false);
  });

  it('opens in LibreOffice and shows the title, the members, the tally and the signature sheet', { timeout: 120_000 }, async () => {
    const text = withoutSpaces(await pdfTextOf(await renderMinutesDocx(sampleMeetingFacts())));
    for (const expected of ['《智能制造术语》技术审查会议纪要', '会议时间：2026年12月7日14:00', '王建国', '赵敏', withoutSpaces(sampleTallyInWords), '同意（纸质表决单）', '不同意', '审查专家签名表', '签名', '记录日志检查点：第42条']) {
      expect(text).toContain(expected);
    }
  });

  it('opens in LibreOffice as a correspondence ballot conclusion listing every member', { timeout: 120_000 }, async () => {
    const text = withoutSpaces(await pdfTextOf(await renderMinutesDocx(sampleCorrespondenceFacts({ checkpoint: null }))));
    expect(text).toContain('《智能制造术语》技术审查函审结论');
    expect(text).toContain('函审截止时间：2026年12月4日17:00');
    expect(text.slice(text.indexOf('审查专家签名表'))).toContain('陈刚');
    expect(text).toContain('尚无检查点');
  });
});
