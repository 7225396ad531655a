import { EditorState } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import { commentMarkersOf, commentMarkersPluginKey, createCommentMarkersPlugin } from '../../../../client/editor/comments/comment-markers-plugin';
import type { MarkedComment } from '../../../../client/editor/comments/marked-comment';
import { planInsertClauseAfter } from '../../../../client/editor/structure/insert-clause';
import { planMoveClauseDown } from '../../../../client/editor/structure/move-clause';
import { transactionFor } from '../../../../client/editor/structure/structure-change';
import { clause, documentOf, paragraph, positionInText, stateWithCursorIn } from '../structure/structure-fixtures';

const passage = '应能承受推力';
const comments: MarkedComment[] = [
  { id: 'passage', clauseId: '强度', status: 'open', anchor: { start: '', end: '', quote: passage } },
  { id: 'whole', clauseId: '强度', status: 'open', anchor: null },
  { id: 'gone', clauseId: '已删除', status: 'open', anchor: null },
];

function commentedState(): EditorState {
  const doc = documentOf(clause('范围', paragraph('范围正文')), clause('要求', clause('强度', paragraph(`外壳${passage}。`))));
  const state = EditorState.create({ doc, plugins: [createCommentMarkersPlugin({ onOpenClause: () => undefined, markerLabel: (count) => `${count}` })] });
  const passageStart = positionInText(doc, `外壳${passage}。`) + 2;
  return state.apply(state.tr.setMeta(commentMarkersPluginKey, { comments, passages: new Map([['passage', { from: passageStart, to: passageStart + passage.length }]]) }));
}

/** The marked text and the marker positions, read back from the decorations. */
function marks(state: EditorState) {
  const decorations = commentMarkersOf(state)?.decorations.find() ?? [];
  return {
    passages: decorations.filter((decoration) => decoration.from < decoration.to).map((decoration) => state.doc.textBetween(decoration.from, decoration.to)),
    markers: decorations.filter((decoration) => decoration.from === decoration.to).map((decoration) => decoration.from),
    stale: commentMarkersOf(state)?.stale,
  };
}

describe('the comment markers plugin', () => {
  it('marks the clause once and the passage, and leaves out a comment whose clause is gone', () => {
    const state = commentedState();
    expect(marks(state)).toEqual({ passages: [passage], markers: [positionInText(state.doc, '强度')], stale: false });
  });

  it('maps the marks through typing before the passage without reading Yjs again', () => {
    const state = commentedState();
    const typed = state.apply(state.tr.insertText('充电器', positionInText(state.doc, `外壳${passage}。`)));
    expect(marks(typed)).toEqual({ passages: [passage], markers: [positionInText(typed.doc, '强度')], stale: false });
  });

  it('moves the marker with its clause after a clause is inserted before it, and re-reads the passages afterwards', () => {
    const state = commentedState();
    const inserted = state.apply(transactionFor(stateWithCursorIn(state.doc, '范围正文'), planInsertClauseAfter)!);
    expect(marks(inserted)).toEqual({ passages: [passage], markers: [positionInText(inserted.doc, '强度')], stale: true });
  });

  it('finds the passage again from its quote after a remote change replaced the document', () => {
    const state = commentedState();
    const moved = transactionFor(stateWithCursorIn(state.doc, '范围正文'), planMoveClauseDown)!;
    const remote = state.tr.replaceWith(0, state.doc.content.size, moved.doc.content).setMeta(ySyncPluginKey, { isChangeOrigin: true });
    const next = state.apply(remote);
    expect(marks(next)).toEqual({ passages: [passage], markers: [positionInText(next.doc, '强度')], stale: false });
  });

  it('shows no marker until the comments panel gives the rendering, and none after it takes it back', () => {
    const doc = documentOf(clause('范围', paragraph('范围正文')), clause('要求', clause('强度', paragraph(`外壳${passage}。`))));
    const installed = EditorState.create({ doc, plugins: [createCommentMarkersPlugin()] });
    const withComments = installed.apply(installed.tr.setMeta(commentMarkersPluginKey, { comments, passages: new Map() }));
    expect(marks(withComments).markers).toEqual([]);
    const rendered = withComments.apply(withComments.tr.setMeta(commentMarkersPluginKey, { rendering: { onOpenClause: () => undefined, markerLabel: (count: number) => `${count}` } }));
    expect(marks(rendered).markers).toEqual([positionInText(doc, '强度')]);
    const hidden = rendered.apply(rendered.tr.setMeta(commentMarkersPluginKey, { rendering: null, comments: [], passages: new Map(), activeClauseId: null }));
    expect(marks(hidden).markers).toEqual([]);
  });
});
