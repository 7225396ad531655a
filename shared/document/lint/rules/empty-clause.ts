import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { capitalized } from '../element-names';
import { unitFindingAt, type UnitFinding } from '../lint-finding';

function isBlank(node: ProseMirrorNode): boolean {
  if (node.type.name !== nodeNames.paragraph || node.textContent.trim() !== '') return false;
  for (let childIndex = 0; childIndex < node.childCount; childIndex += 1) {
    if (!node.child(childIndex).isText) return false;
  }
  return true;
}

function hasContent(unit: ProseMirrorNode): boolean {
  for (let childIndex = 1; childIndex < unit.childCount; childIndex += 1) {
    if (!isBlank(unit.child(childIndex))) return true;
  }
  return false;
}

export const emptyClause: UnitLintRule = {
  id: 'empty-clause',
  severity: 'info',
  source: 'editor housekeeping',
  description: {
    zh: '章、条或附录只有标题而没有内容。',
    en: 'A chapter, clause or annex has a title but no content yet.',
  },
  checkUnit(unit) {
    const findings: UnitFinding[] = [];
    for (const clauseOrAnnex of [...unit.nodesOfType(nodeNames.clause), ...unit.nodesOfType(nodeNames.annex)]) {
      if (hasContent(clauseOrAnnex.node)) continue;
      findings.push(
        unitFindingAt(clauseOrAnnex, (names) => {
          const name = names.nameAt(clauseOrAnnex.position);
          return { zh: `${name.zh}还没有内容，应补充内容或删除。`, en: `${capitalized(name.en)} has no content yet; write it or delete it.` };
        }),
      );
    }
    return findings;
  },
};
