import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../editor/node-names';
import type { SectionLintRule } from '../lint-rule';
import { stableIdOf } from '../section-index';
import { capitalized } from '../element-names';
import { sectionFindingAt, type SectionFinding } from '../lint-finding';

function isClause(node: ProseMirrorNode): boolean {
  return node.type.name === nodeNames.clause;
}

export const onlyChildClause: SectionLintRule = {
  id: 'only-child-clause',
  severity: 'error',
  description: {
    zh: '只有同一层次有两个或两个以上的条时才可设条；不应只设一个下一层次的条。',
    en: 'A clause is only created where its level has at least two clauses; a single sub-clause must not stand alone.',
  },
  checkSection(section) {
    const findings: SectionFinding[] = [];
    for (const unit of [...section.nodesOfType(nodeNames.clause), ...section.nodesOfType(nodeNames.annex)]) {
      const last = unit.node.lastChild;
      if (!last || !isClause(last)) continue;
      const lastButOne = unit.node.childCount > 1 ? unit.node.child(unit.node.childCount - 2) : null;
      if (lastButOne && isClause(lastButOne)) continue;
      const lastChildPosition = unit.position + 1 + unit.node.content.size - last.nodeSize;
      const onlyChild = { position: lastChildPosition, targetId: stableIdOf(last) ?? unit.targetId };
      findings.push(
        sectionFindingAt(onlyChild, (names) => {
          const parent = names.nameAt(unit.position);
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
