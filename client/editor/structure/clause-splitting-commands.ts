import { Extension } from '@tiptap/core';
import { planJoinClauseWithPrevious } from './join-clause';
import { runPlanner } from './run-planner';
import { planSplitClause } from './split-clause';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    clauseSplitting: {
      /** Moves the blocks after the cursor's block into a new sibling clause. */
      splitClause: () => ReturnType;
      /** Merges the clause that holds the cursor into its previous sibling. */
      joinClauseWithPrevious: () => ReturnType;
    };
  }
}

export const ClauseSplittingCommands = Extension.create({
  name: 'clauseSplitting',

  addCommands() {
    return {
      splitClause: () => runPlanner(planSplitClause),
      joinClauseWithPrevious: () => runPlanner(planJoinClauseWithPrevious),
    };
  },
});
