import { Extension } from '@tiptap/core';
import { planDemoteClause, planPromoteClause } from './nest-clause';
import { runPlanner } from './run-planner';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    clauseNesting: {
      /** Makes the clause that holds the cursor the next sibling of its parent clause. */
      promoteClause: () => ReturnType;
      /** Makes the clause that holds the cursor the last sub-clause of its previous sibling. */
      demoteClause: () => ReturnType;
    };
  }
}

export const ClauseNestingCommands = Extension.create({
  name: 'clauseNesting',

  addCommands() {
    return {
      promoteClause: () => runPlanner(planPromoteClause),
      demoteClause: () => runPlanner(planDemoteClause),
    };
  },
});
