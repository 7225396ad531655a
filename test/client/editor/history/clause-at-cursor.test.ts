import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { clauseAtCursor } from '../../../../client/editor/history/clause-at-cursor';
import { sampleStandard } from '../elements/standard-fixture';

function stateWithCursorIn(text: string): EditorState {
  const document = sampleStandard();
  let position = -1;
  document.descendants((node, offset) => {
    if (position < 0 && node.isText && node.text?.includes(text)) position = offset + 1;
    return position < 0;
  });
  const state = EditorState.create({ doc: document });
  return state.apply(state.tr.setSelection(TextSelection.create(document, position)));
}

describe('the clause at the cursor', () => {
  it('is the innermost clause, named by its derived number and title', () => {
    expect(clauseAtCursor(stateWithCursorIn('通用条款内容'))).toEqual({ id: 'c41', name: '4.1 一般要求' });
    expect(clauseAtCursor(stateWithCursorIn('充电器应可靠'))).toEqual({ id: 'c4', name: '4 要求' });
  });

  it('is an annex inside an annex, and nothing in the foreword', () => {
    expect(clauseAtCursor(stateWithCursorIn('试验如下'))?.id).toBe('a1');
    expect(clauseAtCursor(stateWithCursorIn('本文件按照'))).toBeNull();
  });
});
