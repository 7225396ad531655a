import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { commentsInDraft } from '../../../../client/editor/comments/clause-groups';
import { planMoveClauseDown } from '../../../../client/editor/structure/move-clause';
import { run, sampleDocument } from '../structure/structure-fixtures';

interface ClauseComment {
  id: string;
  clauseId: string;
}

const comment = (id: string, clauseId: string): ClauseComment => ({ id, clauseId });

const summary = (state: EditorState, comments: ClauseComment[]) => {
  const { groups, detached } = commentsInDraft(state, comments);
  return { groups: groups.map((group) => `${group.label} ${group.title}: ${group.comments.map((each) => each.id).join(',')}`), detached: detached.map((each) => each.id) };
};

describe('commentsInDraft', () => {
  const comments = [comment('a', '标志'), comment('b', '范围'), comment('c', '标志'), comment('d', '计算'), comment('e', '已删除的条')];

  it('groups comments by clause in document order with the numbers of the live draft, and detaches the rest', () => {
    expect(summary(EditorState.create({ doc: sampleDocument() }), comments)).toEqual({
      groups: ['1 范围: b', '2.3 标志: a,c', 'A.2 计算: d'],
      detached: ['e'],
    });
  });

  it('follows a moved chapter to its new number', () => {
    const moved = run(planMoveClauseDown, sampleDocument(), '范围');
    expect(summary(moved, comments).groups).toEqual(['1.3 标志: a,c', '2 范围: b', 'A.2 计算: d']);
  });
});
