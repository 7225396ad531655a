import { Extension } from '@tiptap/core';
import type { DropPlacement } from './move-clause';
import { planMoveClauseDown, planMoveClauseTo, planMoveClauseUp } from './move-clause';
import { runPlanner } from './run-planner';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    clauseMoving: {
      /** Swaps the clause that holds the cursor with its previous sibling. */
      moveClauseUp: () => ReturnType;
      /** Swaps the clause that holds the cursor with its next sibling. */
      moveClauseDown: () => ReturnType;
      /** Moves a clause (by stable id) before, after or inside another clause or annex, in one transaction. */
      moveClauseTo: (clauseId: string, targetId: string, placement: DropPlacement) => ReturnType;
    };
  }
}

export const ClauseMovingCommands = Extension.create({
  name: 'clauseMoving',

  addCommands() {
    return {
      moveClauseUp: () => runPlanner(planMoveClauseUp),
      moveClauseDown: () => runPlanner(planMoveClauseDown),
      moveClauseTo: (clauseId, targetId, placement) => runPlanner((document) => planMoveClauseTo(document, clauseId, targetId, placement)),
    };
  },
});
