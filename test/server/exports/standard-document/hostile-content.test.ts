import { XMLValidator } from 'fast-xml-parser';
import { expect, it } from 'vitest';
import { renderStandardDocx } from '../../../../server/exports/standard-document/render-standard-docx';
import { unpackCheckedZip } from '../../../../server/imports/checked-zip';
import { buildDocument } from '../../../helpers/build-document';
import { appendToNodeWithId } from '../../../helpers/edit-standard-json';
import { createSampleStandardJson } from '../../../helpers/sample-standard';
import { clause, formula, paragraph, tableBlock } from '../../../helpers/standard-builder';
import { factsOf } from './small-standard';
import { officeSchemaErrors } from '../office-schema';

/** Text a drafter can paste: control characters, a lone surrogate, markup, right-to-left marks, very long words. */
const hostileText = `控制\u0001\u0008\u000b\u001f字符\ud800孤立代理<w:p/>]]>&amp;\u202e反向${'长'.repeat(5000)}`;

it('writes any text a drafter can type, and a 2,000-row table, into well-formed XML without refusing it', async () => {
  const rows = [['项目', '要求'], ...Array.from({ length: 2000 }, (_unused, index) => [`项目${index} ${hostileText.slice(0, 40)}`, `≥${index} mm`])];
  const json = appendToNodeWithId(
    createSampleStandardJson(),
    'chapter-requirements',
    clause('clause-hostile', `标题${hostileText.slice(0, 60)}`, paragraph(hostileText), tableBlock({ id: 'table-huge', title: `大表${hostileText.slice(0, 20)}`, rows }), formula('formula-hostile', '\\frac{<w:p/>}{\u0001}')),
  );
  const started = performance.now();
  const bytes = await renderStandardDocx(factsOf(buildDocument(json)));
  const elapsed = performance.now() - started;
  const parts = await unpackCheckedZip(bytes, () => true);
  for (const [name, content] of parts) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) expect(XMLValidator.validate(content.toString('utf8')), name).toBe(true);
  }
  const documentXml = parts.get('word/document.xml')?.toString('utf8') ?? '';
  // XML 1.0 has no place for these characters; they are left out, the text around them is kept.
  const forbidden = [...documentXml].filter((character) => {
    const code = character.charCodeAt(0);
    return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
  });
  expect(forbidden).toEqual([]);
  expect(await officeSchemaErrors(bytes)).toEqual([]);
  expect(documentXml).toContain('控制字符');
  expect(documentXml).toContain('项目1999');
  console.info(`hostile export: ${bytes.byteLength} bytes in ${elapsed.toFixed(0)} ms`);
}, 60_000);
