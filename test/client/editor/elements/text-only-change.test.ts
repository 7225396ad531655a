import { EditorState, TextSelection } from '@tiptap/pm/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberDocument } from '../../../../shared/document/numbering';
import { mapNumbering } from '../../../../client/editor/elements/numbering/map-numbering';
import { textOnlyChange } from '../../../../client/editor/elements/numbering/text-only-change';
import { sampleStandard, schema } from './standard-fixture';

function positionOfText(document: ReturnType<typeof sampleStandard>, needle: string): number {
  let found = -1;
  document.descendants((node, position) => {
    if (found < 0 && node.isText && node.text?.includes(needle)) found = position + (node.text.indexOf(needle));
    return found < 0;
  });
  if (found < 0) throw new Error(`"${needle}" is not in the sample`);
  return found;
}

function typeAt(needle: string, typed: string) {
  const before = sampleStandard();
  const position = positionOfText(before, needle);
  const state = EditorState.create({ doc: before, selection: TextSelection.create(before, position) });
  const after = state.apply(state.tr.insertText(typed, position)).doc;
  return { before, after };
}

describe('textOnlyChange', () => {
  it('maps positions when only the text of a plain paragraph changes', () => {
    const { before, after } = typeAt('通用条款内容', '基本');
    const change = textOnlyChange(before, after);
    expect(change).not.toBeNull();
    expect(mapNumbering(numberDocument(before), change!)).toEqual(numberDocument(after));
  });

  it('keeps the numbering when a paragraph with a footnote gets more text before the footnote', () => {
    const { before, after } = typeAt('充电器应可靠', '所有');
    const change = textOnlyChange(before, after);
    expect(change).not.toBeNull();
    expect(mapNumbering(numberDocument(before), change!)).toEqual(numberDocument(after));
  });

  it('asks for renumbering when a title, a note or a term changes', () => {
    for (const needle of ['范围', '注的内容', '充电器', '标准化工作导则', '充电参数']) {
      const { before, after } = typeAt(needle, '新');
      expect(textOnlyChange(before, after), needle).toBeNull();
    }
  });

  it('asks for renumbering when an inline footnote or cross-reference is added or removed', () => {
    const before = sampleStandard();
    const state = EditorState.create({ doc: before });
    const position = positionOfText(before, '通用条款内容');
    const withFootnote = state.apply(state.tr.insert(position, schema.nodes.footnote!.create({ text: 'x' }))).doc;
    expect(textOnlyChange(before, withFootnote)).toBeNull();
    const reference = positionOfText(before, '本文件规定了要求，见') + '本文件规定了要求，见'.length;
    expect(before.nodeAt(reference)?.type.name).toBe('crossReference');
    const withoutReference = state.apply(state.tr.delete(reference, reference + 1)).doc;
    expect(textOnlyChange(before, withoutReference)).toBeNull();
  });

  it('matches a full renumbering for any typing or deleting inside any paragraph', () => {
    const sample = sampleStandard();
    const textPositions: number[] = [];
    sample.descendants((node, position) => {
      if (node.isText) for (let offset = 0; offset <= node.nodeSize; offset += 1) textPositions.push(position + offset);
      return true;
    });
    fc.assert(
      fc.property(fc.constantFrom(...textPositions), fc.string({ maxLength: 3 }), fc.nat(3), (position, typed, deleted) => {
        const end = Math.min(position + deleted, sample.content.size);
        const state = EditorState.create({ doc: sample });
        let after;
        try {
          after = state.apply(typed ? state.tr.insertText(typed, position, end) : state.tr.delete(position, end)).doc;
          after.check();
        } catch {
          return true;
        }
        const change = textOnlyChange(sample, after);
        if (change) expect(mapNumbering(numberDocument(sample), change)).toEqual(numberDocument(after));
        return true;
      }),
      { numRuns: 400 },
    );
  });
});
