import { ZipFile } from 'yazl';
import { describe, expect, it } from 'vitest';
import { renderCommentTable } from '../../../server/exports/render-comment-table';
import { renderStandardDocx } from '../../../server/exports/standard-document/render-standard-docx';
import { unpackCheckedZip } from '../../../server/imports/checked-zip';
import { renderMinutesDocx } from '../../../server/reviews/minutes/render-minutes-docx';
import { buildDocument } from '../../helpers/build-document';
import { createLargeStandardJson } from '../../helpers/large-standard';
import { sampleCorrespondenceFacts, sampleMeetingFacts } from '../reviews/minutes/sample-minutes-facts';
import { officeSchemaErrors } from './office-schema';
import { sampleCommentTable } from './sample-comment-table';
import { factsOf, renderSmallStandard, smallStandardJson } from './standard-document/small-standard';

function zipOf(parts: Map<string, Buffer>): Promise<Uint8Array> {
  const zip = new ZipFile();
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    zip.outputStream.on('error', reject);
  });
  for (const [name, content] of parts) zip.addBuffer(content, name);
  zip.end();
  return done;
}

describe('every Word file the product writes is valid against the Office Open XML schemas', () => {
  it('the standard: the small sample with every element, and a draft cover with its label, date, patent note and issuer', async () => {
    expect(await officeSchemaErrors(await renderSmallStandard())).toEqual([]);
    const json = smallStandardJson();
    const cover = json.content?.find((node) => node.type === 'cover');
    if (cover) cover.attrs = { ...cover.attrs, draftLabel: '征求意见稿', issuingBody: '中国标准化协会' };
    expect(await officeSchemaErrors(await renderStandardDocx(factsOf(buildDocument(json))))).toEqual([]);
  }, 120_000);

  it('the long standard (every element many times over, two annexes, a bibliography)', async () => {
    const json = createLargeStandardJson({ chapters: 8, clausesPerChapter: 10, tables: 6, terms: 12, references: 8 });
    expect(await officeSchemaErrors(await renderStandardDocx(factsOf(buildDocument(json))))).toEqual([]);
  }, 120_000);

  it('the comment tables in each Word layout', async () => {
    for (const format of ['docx', 'association-docx', 'iso-docx'] as const) {
      const rendered = await renderCommentTable(format, sampleCommentTable);
      expect(await officeSchemaErrors(rendered.bytes), format).toEqual([]);
    }
  }, 120_000);

  it('the review minutes of a meeting and of a correspondence ballot', async () => {
    expect(await officeSchemaErrors(await renderMinutesDocx(sampleMeetingFacts()))).toEqual([]);
    expect(await officeSchemaErrors(await renderMinutesDocx(sampleCorrespondenceFacts()))).toEqual([]);
  }, 120_000);

  it('the validator does find a broken part, so an empty list means something', async () => {
    const bytes = await renderSmallStandard();
    const parts = await unpackCheckedZip(bytes, () => true);
    const documentXml = parts.get('word/document.xml')?.toString('utf8') ?? '';
    // A run before the paragraph's properties: Word asks to repair such a file.
    const broken = documentXml.replace('<w:pPr>', '<w:r><w:t>x</w:t></w:r><w:pPr>');
    const errors = await officeSchemaErrors(await zipOf(new Map([...parts, ['word/document.xml', Buffer.from(broken, 'utf8')]])));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toContain('/word/document.xml');
  }, 120_000);
});
