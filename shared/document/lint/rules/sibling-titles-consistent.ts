import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../editor/node-names';
import type { SectionLintRule } from '../lint-rule';
import { capitalized } from '../element-names';
import { sectionFindingAt, type SectionFinding } from '../lint-finding';
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

export const siblingTitlesConsistent: SectionLintRule = {
  id: 'sibling-titles-consistent',
  severity: 'error',
  description: {
    zh: '同一层次的条，要么都有标题，要么都没有标题。',
    en: 'Clauses at the same level either all have titles or all have none.',
  },
  checkSection(section) {
    const findings: SectionFinding[] = [];
    for (const unit of [...section.nodesOfType(nodeNames.clause), ...section.nodesOfType(nodeNames.annex)]) {
      if (!mixesTitles(unit.node)) continue;
      for (const clause of positionedChildren(unit)) {
        if (!isUntitledClause(clause.node)) continue;
        findings.push(
          sectionFindingAt(clause, (names) => {
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
