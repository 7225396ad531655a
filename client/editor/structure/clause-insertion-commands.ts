import { Extension } from '@tiptap/core';
import { planInsertClauseAfter, planInsertSubClause } from './insert-clause';
import { runPlanner } from './run-planner';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    clauseInsertion: {
      /** Adds a clause at the same level after the clause that holds the cursor and puts the cursor in its title. */
      insertClauseAfter: () => ReturnType;
      /** Adds a last sub-clause to the clause or annex that holds the cursor and puts the cursor in its title. */
      insertSubClause: () => ReturnType;
    };
  }
}

export const ClauseInsertionCommands = Extension.create({
  name: 'clauseInsertion',

  addCommands() {
    return {
      insertClauseAfter: () => runPlanner(planInsertClauseAfter),
      insertSubClause: () => runPlanner(planInsertSubClause),
    };
  },
});
