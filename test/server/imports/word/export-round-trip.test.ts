import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { crossReferenceText } from '../../../../shared/document/cross-reference';
import { numberDocument, type DocumentNumbering } from '../../../../shared/document/numbering';
import { nodeNames } from '../../../../shared/editor/node-names';
import { renderStandardDocx } from '../../../../server/exports/standard-document/render-standard-docx';
import { parseWordDocument } from '../../../../server/imports/word/parse-word-document';
import { buildDocument } from '../../../helpers/build-document';
import { appendToNodeWithId } from '../../../helpers/edit-standard-json';
import { annex, bulletList, clause, formula, note, orderedList, paragraph } from '../../../helpers/standard-builder';
import { factsOf, onePixelPng, smallStandardJson } from '../../exports/standard-document/small-standard';

/** The small export sample plus what it lacks: bullet and nested lists, five clause levels, a normative annex with a clause and a formula. */
function richStandardJson(): JSONContent {
  let json = smallStandardJson();
  json = appendToNodeWithId(
    json,
    'clause-general',
    paragraph('适用的产品包括：'),
    bulletList('家用产品；', '商用产品。'),
    paragraph('检验分为：'),
    orderedList([[paragraph('型式检验；'), orderedList(['首次检验；', '定期检验。'])], '出厂检验。']),
    clause('clause-level-3', '第三层', paragraph('见5.2。'), clause('clause-level-4', '第四层', clause('clause-level-5', '第五层', paragraph('最深的条。')))),
  );
  const content = json.content ?? [];
  const bibliographyIndex = content.findIndex((node) => node.type === nodeNames.bibliography);
  const normativeAnnex = annex({ id: 'annex-normative', title: '计算方法', normative: true }, clause('clause-annex-first', '总则', paragraph('按式(A.1)计算。'), formula('formula-annex', 'x = a + b')));
  const withAnnex = [...content.slice(0, bibliographyIndex), normativeAnnex, ...content.slice(bibliographyIndex)];
  // The cover of a revision that also adopts an international standard, and a 前言 with a note and a list.
  const withPreliminaries = withAnnex.map((node) => {
    if (node.type === nodeNames.cover) return { ...node, attrs: { ...node.attrs, replaces: 'T/CAS 001—2020', consistency: 'ISO 9001:2015，MOD' } };
    if (node.type === nodeNames.foreword) return { ...node, content: [...(node.content ?? []), paragraph('本文件与T/CAS 001—2020相比，主要变化如下：'), bulletList('增加了抽样要求；', '删除了附录C。'), note('note-foreword', '本文件的附录A为规范性附录。')] };
    return node;
  });
  return { ...json, content: withFigureNote(withPreliminaries) };
}

/** A note under the figure (图注); the sample's formula already has its "式中：". */
function withFigureNote(content: JSONContent[]): JSONContent[] {
  const visit = (node: JSONContent): JSONContent => {
    const children = node.content?.flatMap((child): JSONContent[] => {
      const visited = visit(child);
      if (child.type === nodeNames.figure) return [{ ...visited, content: [...(visited.content ?? []), note('note-figure', '虚线表示可选步骤。')] }];
      return [visited];
    });
    return children ? { ...node, content: children } : node;
  };
  return content.map(visit);
}

interface Signature {
  outline: string[];
  numbered: string[];
  texts: string[];
  formulas: string[];
  references: string[];
  terms: string[];
  tables: string[];
  cover: Record<string, unknown>;
}

function inlineText(node: ProseMirrorNode, numbering: DocumentNumbering): string {
  let text = '';
  node.forEach((child) => {
    if (child.isText) text += child.text ?? '';
    else if (child.type.name === nodeNames.crossReference) text += crossReferenceText(numbering, String(child.attrs.targetId)) ?? '?';
    else if (child.type.name === nodeNames.footnote) text += `[脚注：${String(child.attrs.text)}]`;
    else if (child.type.name === 'hardBreak') text += '\n';
  });
  return text;
}

/** Formulas compared without spaces: TeX → MathML → Office Math → TeX may space them differently. */
function formulaText(text: string): string {
  return text.replace(/\s+/g, '').replace(/\\times/g, '×');
}

function signatureOf(document: ProseMirrorNode): Signature {
  const numbering = numberDocument(document);
  const signature: Signature = { outline: [], numbered: [], texts: [], formulas: [], references: [], terms: [], tables: [], cover: {} };
  for (const element of numbering.elements) {
    if (['foreword', 'introduction', 'clause', 'annex', 'bibliography'].includes(element.kind)) signature.outline.push(`${element.number ?? ''} ${element.title}`);
    else signature.numbered.push(`${element.kind} ${element.label}`);
  }
  document.descendants((node) => {
    switch (node.type.name) {
      case nodeNames.cover:
        signature.cover = { ...node.attrs };
        return false;
      case nodeNames.formula:
        signature.formulas.push(`${String(node.attrs.numbered)} ${formulaText(node.textContent)}`);
        return false;
      case nodeNames.referenceEntry:
        signature.references.push(`${String(node.attrs.documentNumber)}｜${node.textContent}`);
        return false;
      case nodeNames.termEntry: {
        const parts: string[] = [];
        node.forEach((child) => parts.push(`${child.type.name}:${inlineText(child.type.name === nodeNames.note ? (child.firstChild ?? child) : child, numbering)}`));
        signature.terms.push(parts.join(' | '));
        return false;
      }
      case nodeNames.table: {
        const rows: string[] = [];
        node.forEach((row) => {
          const cells: string[] = [];
          row.forEach((cell) => cells.push(`${cell.type.name === nodeNames.tableHeader ? 'th' : 'td'}${String(cell.attrs.colspan)}x${String(cell.attrs.rowspan)}:${cell.textContent}`));
          rows.push(cells.join(','));
        });
        signature.tables.push(rows.join(' / '));
        return false;
      }
      default:
        if (node.isTextblock && ![nodeNames.clauseTitle, nodeNames.annexTitle, nodeNames.formula].includes(node.type.name as 'clauseTitle')) {
          signature.texts.push(`${node.type.name}: ${inlineText(node, numbering)}`);
        }
        return true;
    }
  });
  return signature;
}

describe('a standard exported by the product and imported again', () => {
  it('has the same outline, numbers, texts, tables, terms, references and formulas', async () => {
    const original = buildDocument(richStandardJson());
    const bytes = await renderStandardDocx(factsOf(original, { 'image-1': { contentType: 'image/png', bytes: onePixelPng } }));
    const parsed = await parseWordDocument(bytes);
    const imported = buildDocument(parsed.document);
    const before = signatureOf(original);
    const after = signatureOf(imported);

    expect([before.outline.length, before.texts.length, before.tables.length, before.terms.length, before.references.length, before.formulas.length]).toEqual([19, 47, 3, 3, 3, 2]);
    expect(after.outline).toEqual(before.outline);
    expect(after.numbered).toEqual(before.numbered);
    expect(after.texts).toEqual(before.texts);
    expect(after.tables).toEqual(before.tables);
    expect(after.terms).toEqual(before.terms);
    expect(after.references).toEqual(before.references);
    expect(after.formulas).toEqual(before.formulas);
    const { titleChinese, titleEnglish, icsCode, ccsCode, bodyCode, sequenceNumber, year, replaces, consistency } = before.cover;
    expect([replaces, consistency]).toEqual(['T/CAS 001—2020', 'ISO 9001:2015，MOD']);
    expect(after.cover).toMatchObject({ titleChinese, titleEnglish, icsCode, ccsCode, bodyCode, sequenceNumber, year, replaces, consistency });

    expect(parsed.images).toHaveLength(1);
    expect(Buffer.from(parsed.images[0]?.bytes ?? []).equals(onePixelPng)).toBe(true);
    expect(parsed.mapped).toMatchObject({ annexes: 2, terms: 3, tables: 3, figures: 1, formulas: 2, examples: 1 });
    expect(parsed.mapped.crossReferences).toBeGreaterThanOrEqual(7);
    expect(parsed.notMapped.map((note) => note.kind).sort()).toEqual(['header_footer', 'table_of_contents']);
  });
});
