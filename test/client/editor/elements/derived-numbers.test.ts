import { EditorState } from '@tiptap/pm/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberDocument } from '../../../../shared/document/numbering';
import { derivedLabelOf } from '../../../../client/editor/elements/numbering/derived-label';
import type { DerivedTexts } from '../../../../client/editor/elements/numbering/derived-texts';
import { createDerivedNumbersPlugin, derivedNumbering, derivedNumbersPluginKey } from '../../../../client/editor/elements/numbering/derived-numbers';
import { sampleStandard, schema } from './standard-fixture';

const texts: DerivedTexts = {
  crossReferenceBrokenTitle: 'The target was deleted',
  crossReferenceBrokenText: '[deleted]',
  switchToInformative: 'informative',
  switchToNormative: 'normative',
  generatedFromCover: 'generated',
};

function startState(): EditorState {
  return EditorState.create({ doc: sampleStandard(), plugins: [createDerivedNumbersPlugin(() => texts)] });
}

function crossReferenceLabel(state: EditorState): string | null {
  let position = -1;
  state.doc.descendants((node, offset) => {
    if (node.type.name === 'crossReference') position = offset;
    return position < 0;
  });
  const decorations = derivedNumbersPluginKey.getState(state)?.decorations.find(position, position + 1) ?? [];
  return derivedLabelOf(decorations);
}

function nodePosition(state: EditorState, id: string): number {
  const element = numberDocument(state.doc).byId.get(id);
  if (!element) throw new Error(`no element ${id}`);
  return element.position;
}

describe('derived numbers plugin', () => {
  it('prints the target text on a cross-reference and follows the target when it is renumbered', () => {
    let state = startState();
    expect(crossReferenceLabel(state)).toBe('表A.1');
    const annexPosition = nodePosition(state, 'a1');
    const annex = state.doc.nodeAt(annexPosition)!;
    const secondAnnex = schema.nodeFromJSON({ type: 'annex', attrs: { id: 'a0' }, content: [{ type: 'annexTitle' }, { type: 'paragraph' }] });
    state = state.apply(state.tr.insert(annexPosition, secondAnnex));
    expect(crossReferenceLabel(state)).toBe('表B.1');
    const tablePosition = nodePosition(state, 't2');
    state = state.apply(state.tr.delete(tablePosition, tablePosition + state.doc.nodeAt(tablePosition)!.nodeSize));
    expect(crossReferenceLabel(state)).toBe('[deleted]');
    expect(annex.type.name).toBe('annex');
  });

  it('always equals a fresh numbering, whatever the edits', () => {
    const editCount = 12;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(4), fc.constantFrom('text', 'footnote', 'delete', 'note')), { minLength: 1, maxLength: editCount }), (edits) => {
        let state = startState();
        for (const [seed, length, kind] of edits) {
          const position = seed % (state.doc.content.size + 1);
          let transaction = state.tr;
          try {
            if (kind === 'text') transaction = transaction.insertText('字', position);
            else if (kind === 'footnote') transaction = transaction.insert(position, schema.nodes.footnote!.create({ text: '脚注' }));
            else if (kind === 'note') transaction = transaction.insert(position, schema.nodeFromJSON({ type: 'note', content: [{ type: 'paragraph' }] }));
            else transaction = transaction.delete(position, Math.min(position + length, state.doc.content.size));
            transaction.doc.check();
          } catch {
            continue;
          }
          state = state.apply(transaction);
          expect(derivedNumbering(state)).toEqual(numberDocument(state.doc));
        }
      }),
      { numRuns: 300 },
    );
  });
});
