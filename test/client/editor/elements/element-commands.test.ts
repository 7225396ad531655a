import type { JSONContent } from '@tiptap/core';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { numberDocument } from '../../../../shared/document/numbering';
import { annexPosition } from '../../../../client/editor/elements/commands/annex-commands';
import { bodyInsertionPosition, insertBlockAndFocus } from '../../../../client/editor/elements/commands/body-insertion';
import { annexTemplate, exampleTemplate, figureTemplate, formulaTemplate, noteTemplate, tableTemplate, termEntryTemplate } from '../../../../client/editor/elements/commands/element-templates';
import { termNotePosition } from '../../../../client/editor/elements/commands/note-commands';
import { bibliographyPosition, introductionPosition } from '../../../../client/editor/elements/commands/preliminary-commands';
import { termEntryPosition } from '../../../../client/editor/elements/commands/term-commands';
import { sampleStandard, schema } from './standard-fixture';

function stateWithCursorIn(needle: string): EditorState {
  const document = sampleStandard();
  let position = -1;
  document.descendants((node, offset) => {
    if (position < 0 && node.isText && node.text?.includes(needle)) position = offset + node.text.indexOf(needle) + 1;
    return position < 0;
  });
  return EditorState.create({ doc: document, selection: TextSelection.create(document, position) });
}

function stateWithCursorInTitle(title: string): EditorState {
  const document = sampleStandard();
  let position = -1;
  document.descendants((node, offset) => {
    if (position < 0 && node.type.name === 'clauseTitle' && node.textContent === title) position = offset + 1;
    return position < 0;
  });
  return EditorState.create({ doc: document, selection: TextSelection.create(document, position) });
}

function insertAt(state: EditorState, template: JSONContent, locate: (state: EditorState) => number | null): EditorState {
  const block = schema.nodeFromJSON(template);
  const position = locate(state);
  if (position === null) throw new Error('no place for the block');
  const transaction = state.tr;
  insertBlockAndFocus(transaction, position, block);
  transaction.doc.check();
  return state.apply(transaction);
}

const labels = (state: EditorState, kind: string) => numberDocument(state.doc).elements.filter((element) => element.kind === kind).map((element) => element.label);

describe('element templates', () => {
  it('build valid nodes of the shared schema', () => {
    for (const template of [noteTemplate, exampleTemplate, tableTemplate(), figureTemplate('image', ''), formulaTemplate, termEntryTemplate, annexTemplate(true)]) {
      expect(() => schema.nodeFromJSON(template).check()).not.toThrow();
    }
  });

  it('gives the table a header row and a 3×3 grid', () => {
    const grid = schema.nodeFromJSON(tableTemplate()).child(1);
    expect(grid.childCount).toBe(3);
    expect(grid.firstChild?.firstChild?.type.name).toBe('tableHeader');
    expect(grid.lastChild?.firstChild?.type.name).toBe('tableCell');
  });
});

describe('where elements go', () => {
  it('puts a table right after the paragraph holding the cursor, numbered before the existing table', () => {
    const state = insertAt(stateWithCursorIn('充电器应可靠'), tableTemplate(), (current) => bodyInsertionPosition(current.selection.$to, schema.nodeFromJSON(tableTemplate())));
    expect(labels(state, 'table')).toEqual(['表1', '表2', '表A.1']);
    expect(state.selection.$from.parent.type.name).toBe('tableTitle');
  });

  it('puts a body block before the sub-clauses when the cursor is in a chapter title', () => {
    const state = insertAt(stateWithCursorInTitle('要求'), noteTemplate, (current) => bodyInsertionPosition(current.selection.$to, schema.nodeFromJSON(noteTemplate)));
    const chapter = state.doc.nodeAt(numberDocument(state.doc).elements.find((element) => element.title === '要求')!.position)!;
    expect(chapter.child(1).type.name).toBe('note');
  });

  it('puts a note in the foreword but refuses a table there', () => {
    const state = stateWithCursorIn('本文件按照');
    expect(bodyInsertionPosition(state.selection.$to, schema.nodeFromJSON(tableTemplate()))).toBeNull();
    const next = insertAt(state, noteTemplate, (current) => bodyInsertionPosition(current.selection.$to, schema.nodeFromJSON(noteTemplate)));
    expect(next.selection.$from.node(-2).type.name).toBe('foreword');
  });

  it('puts a new term entry at the end of 术语和定义 when the cursor is elsewhere', () => {
    const state = insertAt(stateWithCursorIn('本文件规定了要求'), termEntryTemplate, (current) => termEntryPosition(current.tr, schema.nodeFromJSON(termEntryTemplate)));
    expect(labels(state, 'term')).toEqual(['3.1', '3.2']);
  });

  it('puts a note of a term entry among that entry’s notes', () => {
    const state = stateWithCursorIn('为蓄电池充电');
    const next = insertAt(state, noteTemplate, (current) => termNotePosition(current.selection.$to));
    expect(next.selection.$from.node(-2).type.name).toBe('termEntry');
  });

  it('appends annexes after the last annex and before 参考文献', () => {
    let state = stateWithCursorIn('本文件规定了要求');
    state = insertAt(state, { type: 'bibliography', content: [] }, (current) => bibliographyPosition(current.doc));
    state = insertAt(state, annexTemplate(false), (current) => annexPosition(current.doc));
    expect(labels(state, 'annex')).toEqual(['附录A', '附录B']);
    expect(state.doc.lastChild?.type.name).toBe('bibliography');
    expect(bibliographyPosition(state.doc)).toBeNull();
  });

  it('puts 引言 after the cover and the foreword, once', () => {
    const state = insertAt(stateWithCursorIn('范围'), { type: 'introduction', content: [{ type: 'paragraph' }] }, (current) => introductionPosition(current.doc));
    expect(state.doc.child(2).type.name).toBe('introduction');
    expect(introductionPosition(state.doc)).toBeNull();
  });
});
