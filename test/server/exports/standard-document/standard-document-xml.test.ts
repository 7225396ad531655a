import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { missingImageText, unsupportedImageText } from '../../../../server/exports/standard-document/figure-paragraphs';
import { renderStandardDocx } from '../../../../server/exports/standard-document/render-standard-docx';
import { unpackCheckedZip } from '../../../../server/imports/checked-zip';
import { buildDocument } from '../../../helpers/build-document';
import { readWordDocument } from '../office-readers';
import { factsOf, renderSmallStandard, smallStandardDocument, smallStandardJson } from './small-standard';

async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const parts = await unpackCheckedZip(bytes, () => true);
  return new Map([...parts].map(([name, content]) => [name, content.toString('utf8')]));
}

function paragraphsContaining(paragraphs: string[], text: string): string[] {
  return paragraphs.filter((paragraph) => paragraph.includes(text));
}

/** The w:p element whose text includes the given text, as XML. */
function paragraphXml(documentXml: string, text: string): string {
  const paragraph = documentXml.split('<w:p>').find((part) => part.replace(/<[^>]+>/g, '').includes(text));
  if (!paragraph) throw new Error(`no paragraph with ${text}`);
  return paragraph;
}

describe('a standard as a .docx', () => {
  it('holds the parts Word needs, every one well-formed XML, with the footnotes part related from the document', async () => {
    const parts = await partsOf(await renderSmallStandard());
    for (const name of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels', 'word/styles.xml', 'word/footnotes.xml', 'docProps/core.xml']) {
      expect(parts.has(name), name).toBe(true);
    }
    for (const [name, xml] of parts) {
      if (name.endsWith('.xml') || name.endsWith('.rels')) expect(XMLValidator.validate(xml), name).toBe(true);
    }
    expect(parts.get('[Content_Types].xml')).toContain('PartName="/word/document.xml"');
    expect(parts.get('[Content_Types].xml')).toContain('PartName="/word/footnotes.xml"');
    expect(parts.get('_rels/.rels')).toContain('Target="word/document.xml"');
    const relationships = parts.get('word/_rels/document.xml.rels') ?? '';
    expect(relationships).toContain('Target="footnotes.xml"');
    expect(relationships).toContain('Target="media/image1.png"');
    expect(parts.get('docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-04T05:06:07.000Z</dcterms:created>');
  });

  it('prints the cover, the 目次 from the outline, then chapters, clauses, annex and 参考文献 with their derived numbers, and the end line', async () => {
    const { paragraphs } = await readWordDocument(await renderSmallStandard());
    const expectedInOrder = [
      'ICS 01.120',
      'CCS A00',
      '团体标准',
      'T/CAS 001—2024',
      '团体标准编写示例',
      'Sample group standard',
      '目\u3000\u3000次',
      '1\u3000范围',
      '4\u3000要求',
      '附录A（资料性）\u3000尺寸的测量方法',
      '参考文献',
      '前\u3000\u3000言',
      '引\u3000\u3000言',
      '1\u3000范围',
      '2\u3000规范性引用文件',
      '3\u3000术语和定义',
      '4\u3000要求',
      '4.1\u3000一般要求',
      '4.2\u3000尺寸',
      '4.3\u3000合并的表格',
      '5\u3000试验方法',
      '5.2\u3000计算',
      '附录A',
      '（资料性）',
      '尺寸的测量方法',
      '参\u3000考\u3000文\u3000献',
      '[1]\u3000GB/T 20000.1—2014\u3000标准化工作指南',
    ];
    let from = 0;
    for (const expected of expectedInOrder) {
      const index = paragraphs.findIndex((paragraph, position) => position >= from && paragraph.startsWith(expected));
      expect(index, `${expected} after paragraph ${from}`).toBeGreaterThanOrEqual(from);
      from = index + 1;
    }
    expect(paragraphs.at(-1)).toBe('');
    expect(paragraphsContaining(paragraphs, '2.1').length).toBe(0);
  });

  it('prints the draft label with the document’s date in the body’s time zone, and the issuing body’s name on the last line', async () => {
    const json = smallStandardJson();
    const cover = json.content?.find((node) => node.type === 'cover');
    if (!cover) throw new Error('the sample has no cover');
    cover.attrs = { ...cover.attrs, draftLabel: '征求意见稿', issuingBody: '中国标准化协会' };
    const { paragraphs } = await readWordDocument(await renderStandardDocx(factsOf(buildDocument(json))));
    expect(paragraphs).toContain('（征求意见稿）');
    // 05:06 UTC on 4 March is 13:06 in Beijing; a date just before midnight UTC would be the next day there.
    expect(paragraphs).toContain('（本稿完成日期：2026-03-04）');
    expect(paragraphs).toContain('中国标准化协会\u3000发布');
    expect(paragraphs.some((paragraph) => paragraph.startsWith('在提交反馈意见时'))).toBe(true);

    const late = await readWordDocument(await renderStandardDocx({ ...factsOf(buildDocument(json)), documentDate: new Date('2026-03-04T20:00:00.000Z') }));
    expect(late.paragraphs).toContain('（本稿完成日期：2026-03-05）');
  });

  it('puts the body code in the issuer line while the cover has no issuing body’s name, and no draft date on a published standard', async () => {
    const { paragraphs } = await readWordDocument(await renderSmallStandard());
    expect(paragraphs).toContain('CAS\u3000发布');
    expect(paragraphs.some((paragraph) => paragraph.startsWith('（本稿完成日期'))).toBe(false);
  });

  it('writes term entries with their number, both terms on one line, the definition, notes and the source', async () => {
    const { paragraphs } = await readWordDocument(await renderSmallStandard());
    const start = paragraphs.indexOf('3.2');
    expect(paragraphs.slice(start, start + 4)).toEqual(['3.2', '起草人\u3000drafter', '参与标准起草的人员', '注：起草人通常来自起草单位。']);
    const sourced = paragraphs.indexOf('3.3');
    expect(paragraphs.slice(sourced, sourced + 4)).toEqual(['3.3', '标准化\u3000standardization', '为了在既定范围内获得最佳秩序的活动', '[来源：GB/T 20000.1—2014，3.1]']);
  });

  it('writes a table with its title above, a repeated header row, merged cells and its notes inside the frame', async () => {
    const bytes = await renderSmallStandard();
    const { paragraphs, tables, repeatedHeaderRows } = await readWordDocument(bytes);
    expect(paragraphs).toContain('表1\u3000产品尺寸');
    expect(paragraphs).toContain('表2\u3000合并单元格');
    expect(paragraphs).toContain('表A.1\u3000测量记录');
    expect(tables[0]).toEqual([['项目', '要求'], ['长度', '10 mm'], ['注：表中尺寸为公称尺寸。\na\u3000允许偏差为±0.1 mm。']]);
    expect(repeatedHeaderRows.slice(0, 2)).toEqual([1, 1]);
    expect(tables[1]).toEqual([['项目', '指标'], ['尺寸', '长', '10 mm'], ['', '宽', '5 mm']]);
    const documentXml = (await partsOf(bytes)).get('word/document.xml') ?? '';
    const merged = documentXml.slice(documentXml.indexOf('合并单元格'));
    expect(merged).toMatch(/<w:gridSpan w:val="2"\/>(?:(?!<\/w:tc>).)*指标/s);
    expect(merged).toMatch(/<w:vMerge w:val="restart"\/>(?:(?!<\/w:tc>).)*尺寸/s);
    expect(merged).toContain('<w:vMerge w:val="continue"/>');
  });

  it('labels notes and examples from the numbering, in the smaller size, and escapes what a drafter typed', async () => {
    const bytes = await renderSmallStandard();
    const { paragraphs } = await readWordDocument(bytes);
    expect(paragraphs).toContain('注1：<w:p>&amp; "引号" ]]>');
    expect(paragraphs).toContain('注2：第二条注。');
    expect(paragraphs).toContain('示例：合格数为98，样本量为100时，合格率为98%。');
    const documentXml = (await partsOf(bytes)).get('word/document.xml') ?? '';
    expect(documentXml).toContain('&lt;w:p&gt;&amp;amp; &quot;引号&quot; ]]&gt;');
    const note = paragraphXml(documentXml, '第二条注。');
    expect(note).toMatch(/<w:sz w:val="18"\/>(?:(?!<\/w:r>).)*注2：/s);
    expect(note).toContain('w:eastAsia="黑体"');
  });

  it('writes formulas with the number right-aligned by a tab, cross-references as current numbers and footnotes as real footnotes', async () => {
    const bytes = await renderSmallStandard();
    const { paragraphs, footnotes } = await readWordDocument(bytes);
    expect(paragraphs).toContain('产品尺寸应符合表1的规定。');
    expect(paragraphs).toContain('合格率按式(1)计算，试验流程见图1。');
    // The TeX is an Office Math equation ("%" starts a TeX comment), followed by its number.
    expect(paragraphs.some((paragraph) => paragraph.endsWith('(1)') && paragraph.includes('P=n/N×100'))).toBe(true);
    expect(footnotes).toEqual([' 可使用游标卡尺。']);
    const documentXml = (await partsOf(bytes)).get('word/document.xml') ?? '';
    const formula = paragraphXml(documentXml, 'P=n/N×100');
    expect(formula).toContain('<m:oMath');
    expect(formula).toContain('<w:tab w:val="right" w:pos="9355" w:leader="dot"/>');
    expect(formula).toMatch(/<m:t xml:space="preserve">P=n\/N×100%<\/m:t>/);
    expect(paragraphXml(documentXml, '测量仪器的分度值')).toContain('<w:footnoteReference w:id="1"/>');
    // Each cross-reference links to the bookmark its target carries.
    const anchors = [...paragraphXml(documentXml, '合格率按式(1)计算').matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(anchors).toHaveLength(2);
    expect(new Set(anchors).size).toBe(2);
    for (const anchor of anchors) expect(documentXml.split(`<w:bookmarkStart w:name="${anchor}"`)).toHaveLength(2);
    const bookmarkNames = [...documentXml.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(bookmarkNames).size).toBe(bookmarkNames.length);
  });

  it('puts the figure image above its title, and a clear text where the image is missing or cannot be embedded', async () => {
    const withImage = await partsOf(await renderSmallStandard());
    expect(withImage.get('word/document.xml')).toMatch(/<w:drawing>(?:(?!<\/w:p>).)*<\/w:drawing>(?:(?!<w:p>).)*<\/w:p><w:p>(?:(?!<\/w:p>).)*图1\u3000试验流程/s);
    const missing = await readWordDocument(await renderSmallStandard({}));
    expect(missing.paragraphs[missing.paragraphs.indexOf('图1\u3000试验流程') - 1]).toBe(missingImageText);
    const webp = await readWordDocument(await renderSmallStandard({ 'image-1': { contentType: 'image/webp', bytes: new Uint8Array([82, 73, 70, 70]) } }));
    expect(webp.paragraphs[webp.paragraphs.indexOf('图1\u3000试验流程') - 1]).toBe(unsupportedImageText);
  });

  it('numbers the front matter in Roman numerals and the body from 1 on an odd page, with the standard number in the headers', async () => {
    const parts = await partsOf(await renderSmallStandard());
    const documentXml = parts.get('word/document.xml') ?? '';
    expect(documentXml).toContain('<w:pgNumType w:start="1" w:fmt="upperRoman"/>');
    expect(documentXml).toMatch(/<w:type w:val="oddPage"\/>(?:(?!<\/w:sectPr>).)*<w:pgNumType w:start="1" w:fmt="decimal"\/>/s);
    expect(documentXml.match(/<w:sectPr>/g)?.length).toBe(3);
    const headers = [...parts].filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(headers.filter((xml) => xml.includes('T/CAS 001—2024')).length).toBe(4);
    expect(parts.get('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
  });

  it('gives the same bytes for the same facts, and other bytes for another date', async () => {
    const first = await renderSmallStandard();
    const second = await renderSmallStandard();
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const otherDate = await renderStandardDocx({ ...factsOf(buildDocument(smallStandardJson())), documentDate: new Date('2026-03-05T05:06:07.000Z') });
    expect(Buffer.from(otherDate).equals(Buffer.from(first))).toBe(false);
    expect(smallStandardDocument().childCount).toBeGreaterThan(5);
  });
});
