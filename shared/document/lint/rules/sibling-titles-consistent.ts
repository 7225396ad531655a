import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { capitalized } from '../element-names';
import { unitFindingAt, type UnitFinding } from '../lint-finding';
import { positionedChildren } from '../positioned-children';

function isUntitledClause(node: ProseMirrorNode): boolean {
  return node.type.name === nodeNames.clause && (node.firstChild?.textContent.trim() ?? '') === '';
}

/** Whether the sub-clauses of a unit mix titled and untitled ones. */
function mixesTitles(unit: ProseMirrorNode): boolean {
  let titled = 0;
  let untitled = 0;
  for (let childIndex = 0; childIndex < unit.childCount; childIndex += 1) {
    const child = unit.child(childIndex);
    if (child.type.name !== nodeNames.clause) continue;
    if (isUntitledClause(child)) untitled += 1;
    else titled += 1;
  }
  return titled > 0 && untitled > 0;
}

export const siblingTitlesConsistent: UnitLintRule = {
  id: 'sibling-titles-consistent',
  severity: 'error',
  source: 'GB/T 1.1-2020 7.3.3',
  description: {
    zh: '同一层次的条，要么都有标题，要么都没有标题。',
    en: 'Clauses at the same level either all have titles or all have none.',
  },
  checkUnit(unit) {
    const findings: UnitFinding[] = [];
    for (const clauseOrAnnex of [...unit.nodesOfType(nodeNames.clause), ...unit.nodesOfType(nodeNames.annex)]) {
      if (!mixesTitles(clauseOrAnnex.node)) continue;
      for (const clause of positionedChildren(clauseOrAnnex)) {
        if (!isUntitledClause(clause.node)) continue;
        findings.push(
          unitFindingAt(clause, (names) => {
            const name = names.nameAt(clause.position);
            return {
              zh: `${name.zh}没有标题，而其同层次的条有标题；应为其加上标题，或删除所有同层次条的标题。`,
              en: `${capitalized(name.en)} has no title while its sibling clauses have one; give it a title, or remove the titles of all its siblings.`,
            };
          }),
        );
      }
    }
    return findings;
  },
};
