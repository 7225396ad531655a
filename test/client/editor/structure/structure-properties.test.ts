import fc from 'fast-check';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { planInsertClauseAfter, planInsertSubClause } from '../../../../client/editor/structure/insert-clause';
import { planJoinClauseWithPrevious } from '../../../../client/editor/structure/join-clause';
import { planMoveClauseDown, planMoveClauseUp } from '../../../../client/editor/structure/move-clause';
import { planDemoteClause, planPromoteClause } from '../../../../client/editor/structure/nest-clause';
import { planSplitClause } from '../../../../client/editor/structure/split-clause';
import type { StructurePlanner } from '../../../../client/editor/structure/structure-change';
import { transactionFor } from '../../../../client/editor/structure/structure-change';
import { clauseIds, expectValid, sampleDocument } from './structure-fixtures';

const movers: StructurePlanner[] = [planPromoteClause, planDemoteClause, planMoveClauseUp, planMoveClauseDown];
const others: StructurePlanner[] = [planInsertClauseAfter, planInsertSubClause, planSplitClause, planJoinClauseWithPrevious];

function textblockStarts(document: ProseMirrorNode): number[] {
  const starts: number[] = [];
  document.descendants((node, position) => {
    if (node.isTextblock) starts.push(position + 1);
    return !node.isTextblock;
  });
  return starts;
}

describe('structure commands in any order', () => {
  it('always leave a valid document; moves keep every id, other commands never duplicate one', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ planner: fc.nat(movers.length + others.length - 1), cursor: fc.nat() }), { maxLength: 25 }), (edits) => {
        let state = EditorState.create({ doc: sampleDocument() });
        for (const edit of edits) {
          const starts = textblockStarts(state.doc);
          const cursor = starts[edit.cursor % starts.length] ?? 1;
          state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, cursor)));
          const planner = [...movers, ...others][edit.planner] ?? planPromoteClause;
          const before = clauseIds(state.doc).sort();
          const transaction = transactionFor(state, planner);
          if (!transaction) continue;
          state = state.apply(transaction);
          expectValid(state.doc);
          if (movers.includes(planner)) expect(clauseIds(state.doc).sort()).toEqual(before);
        }
      }),
      { numRuns: 300 },
    );
  });
});
