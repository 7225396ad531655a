import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { crossReferenceText } from '../../../../shared/document/cross-reference';
import { numberDocument } from '../../../../shared/document/numbering';
import { nodeNames } from '../../../../shared/editor/node-names';
import { parseWordDocument } from '../../../../server/imports/word/parse-word-document';
import { buildDocument } from '../../../helpers/build-document';

/**
 * Files made by other tools than the product (test/fixtures/word-import/make-fixtures.py): the same draft held as
 * Word's built-in headings, SET's style names, typed numbers in bold without styles, Word's automatic multilevel
 * numbering, and an HTML draft LibreOffice saved as .docx.
 */
const fixturesDirectory = join(__dirname, '../../../fixtures/word-import');

const expectedOutline = [
  'foreword  前言',
  'clause 1 范围',
  'clause 2 规范性引用文件',
  'reference  饮用冷水水表和热水水表　第1部分：计量要求和技术要求',
  'reference  电工电子产品环境试验　第2部分：试验方法　试验A：低温',
  'clause 3 术语和定义',
  'term 3.1 智能水表',
  'clause 4 技术要求',
  'clause 4.1 外观',
  'clause 4.2 计量性能',
  'table 1 最大允许误差',
  'clause 4.2.1 低区',
  'clause 4.2.2 高区',
  'note  温度高于30 ℃时，最大允许误差为±3%。',
  'clause 5 试验方法',
  'clause 5.1 外观检查',
  'bibliography  参考文献',
  'reference  饮用冷水水表检定规程',
];

const fixtures: { name: string; how: string; cover: Record<string, string> | null }[] = [
  { name: 'word-builtin-headings', how: 'Word’s built-in Heading 1–3 styles', cover: null },
  { name: 'set-style-names', how: 'SET’s style names (标准文件_章标题, 一级条标题 …), half of the titles without a typed number', cover: null },
  { name: 'typed-numbers-no-styles', how: 'no styles: typed numbers and bold titles', cover: null },
  { name: 'automatic-numbering', how: 'Word’s automatic multilevel numbering, the level only in numbering.xml', cover: null },
  {
    name: 'libreoffice-draft',
    how: 'an HTML draft LibreOffice saved as .docx, with the cover as plain lines',
    cover: { icsCode: '91.140.60', ccsCode: 'P 41', bodyCode: 'CWA', sequenceNumber: '012', year: '2026', titleChinese: '智能水表技术要求', titleEnglish: 'Technical requirements for smart water meters' },
  },
];

interface Reading {
  outline: string[];
  paragraphs: string[];
  references: string[];
  terms: string[];
  tables: string[][][];
  cover: Record<string, unknown>;
}

function readingOf(document: ProseMirrorNode): Reading {
  const numbering = numberDocument(document);
  const reading: Reading = {
    outline: numbering.elements.map((element) => `${element.kind} ${element.number ?? ''} ${element.title}`),
    paragraphs: [],
    references: [],
    terms: [],
    tables: [],
    cover: {},
  };
  document.descendants((node) => {
    switch (node.type.name) {
      case nodeNames.cover:
        reading.cover = { ...node.attrs };
        return false;
      case nodeNames.referenceEntry:
        reading.references.push(`${String(node.attrs.documentNumber)}｜${node.textContent}`);
        return false;
      case nodeNames.termEntry: {
        const parts: string[] = [];
        node.forEach((child) => parts.push(`${child.type.name}:${child.textContent}`));
        reading.terms.push(parts.join(' | '));
        return false;
      }
      case nodeNames.table: {
        const rows: string[][] = [];
        node.forEach((row) => {
          const cells: string[] = [];
          row.forEach((cell) => cells.push(cell.textContent));
          rows.push(cells);
        });
        reading.tables.push(rows);
        return false;
      }
      case nodeNames.paragraph: {
        let text = '';
        node.forEach((child) => {
          if (child.isText) text += child.text ?? '';
          else if (child.type.name === nodeNames.crossReference) text += `[→${crossReferenceText(numbering, String(child.attrs.targetId)) ?? '?'}]`;
        });
        reading.paragraphs.push(text);
        return false;
      }
      default:
        return true;
    }
  });
  return reading;
}

describe('Word files made by other tools', () => {
  for (const fixture of fixtures) {
    it(`${fixture.name}: ${fixture.how} import with the expected outline, terms, references, table and live references`, async () => {
      const parsed = await parseWordDocument(new Uint8Array(readFileSync(join(fixturesDirectory, `${fixture.name}.docx`))));
      const reading = readingOf(buildDocument(parsed.document));

      expect(reading.outline).toEqual(expectedOutline);
      expect(reading.terms).toEqual([`${nodeNames.termChinese}:智能水表 | ${nodeNames.termEnglish}:smart water meter | ${nodeNames.termDefinition}:具有电子装置、能计量并存储用水量的水表。`]);
      expect(reading.references).toEqual([
        'GB/T 778.1—2018｜饮用冷水水表和热水水表　第1部分：计量要求和技术要求',
        'GB/T 2423.1｜电工电子产品环境试验　第2部分：试验方法　试验A：低温',
        'JJG 162—2019｜饮用冷水水表检定规程',
      ]);
      expect(reading.tables).toEqual([
        [
          ['区', '最大允许误差'],
          ['低区', '±5%'],
          ['高区', '±2%'],
        ],
      ]);
      // Typed numbers became references that follow their targets; the body text is all there, in order.
      expect(reading.paragraphs).toContain('水表的最大允许误差见[→表1]。');
      expect(reading.paragraphs).toContain('按[→4.2]规定的条件进行试验。');
      expect(reading.paragraphs).toEqual([
        '本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。',
        '本文件规定了智能水表的技术要求和试验方法。',
        '本文件适用于公称口径不大于50 mm的智能水表。',
        '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。',
        '下列术语和定义适用于本文件。',
        '表壳应无裂纹、毛刺和明显划痕。',
        '水表的最大允许误差见[→表1]。',
        '在低区，最大允许误差为±5%。',
        '在高区，最大允许误差为±2%。',
        '温度高于30 ℃时，最大允许误差为±3%。',
        '按[→4.2]规定的条件进行试验。',
        '在自然光下目测。',
      ]);
      expect(parsed.mapped).toMatchObject({ clauses: 10, terms: 1, references: 3, tables: 1, notes: 1, crossReferences: 2 });
      expect(parsed.notMapped).toEqual([]);
      if (fixture.cover) expect(reading.cover).toMatchObject(fixture.cover);
      else expect(parsed.mapped.coverFields).toBe(0);
    });
  }
});
