import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { stableIdOf } from '../unit-index';
import { capitalized } from '../element-names';
import { unitFindingAt, type UnitFinding } from '../lint-finding';

function isClause(node: ProseMirrorNode): boolean {
  return node.type.name === nodeNames.clause;
}

export const onlyChildClause: UnitLintRule = {
  id: 'only-child-clause',
  severity: 'error',
  source: 'GB/T 1.1-2020 7.3.2',
  description: {
    zh: '只有同一层次有两个或两个以上的条时才可设条；不应只设一个下一层次的条。',
    en: 'A clause is only created where its level has at least two clauses; a single sub-clause must not stand alone.',
  },
  checkUnit(unit) {
    const findings: UnitFinding[] = [];
    for (const clauseOrAnnex of [...unit.nodesOfType(nodeNames.clause), ...unit.nodesOfType(nodeNames.annex)]) {
      const last = clauseOrAnnex.node.lastChild;
      if (!last || !isClause(last)) continue;
      const lastButOne = clauseOrAnnex.node.childCount > 1 ? clauseOrAnnex.node.child(clauseOrAnnex.node.childCount - 2) : null;
      if (lastButOne && isClause(lastButOne)) continue;
      const lastChildPosition = clauseOrAnnex.position + 1 + clauseOrAnnex.node.content.size - last.nodeSize;
      const onlyChild = { position: lastChildPosition, targetId: stableIdOf(last) ?? clauseOrAnnex.targetId };
      findings.push(
        unitFindingAt(onlyChild, (names) => {
          const parent = names.nameAt(clauseOrAnnex.position);
          const child = names.nameAt(onlyChild.position);
          return {
            zh: `${parent.zh}只有一个下一层次的条（${child.zh}），应再设一个同层次的条，或取消该条，将其内容并入${parent.zh}。`,
            en: `${capitalized(parent.en)} has a single sub-clause (${child.en}); add a second clause at that level, or remove the subdivision and merge its text into ${parent.en}.`,
          };
        }),
      );
    }
    return findings;
  },
};
