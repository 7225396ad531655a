import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { capitalized } from '../element-names';
import { unitFindingAt, type UnitFinding } from '../lint-finding';

export const untitledClauseNotSubdivided: UnitLintRule = {
  id: 'untitled-clause-not-subdivided',
  severity: 'error',
  source: 'GB/T 1.1-2020 7.3.4',
  description: {
    zh: '无标题的条不再分条。',
    en: 'A clause without a title is not divided into further clauses.',
  },
  checkUnit(unit) {
    const findings: UnitFinding[] = [];
    for (const clause of unit.nodesOfType(nodeNames.clause)) {
      const title = clause.node.firstChild;
      const untitled = title?.type.name === nodeNames.clauseTitle && title.textContent.trim() === '';
      if (!untitled || clause.node.lastChild?.type.name !== nodeNames.clause) continue;
      findings.push(
        unitFindingAt(clause, (names) => {
          const name = names.nameAt(clause.position);
          return {
            zh: `${name.zh}没有标题却又分了条；请为它加上标题，或取消其下一层次的条。`,
            en: `${capitalized(name.en)} has no title but is divided into clauses; give it a title or remove the sub-clauses.`,
          };
        }),
      );
    }
    return findings;
  },
};
