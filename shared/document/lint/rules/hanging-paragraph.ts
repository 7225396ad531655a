import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import type { IndexedNode, UnitIndex } from '../unit-index';
import { capitalized } from '../element-names';
import { unitFindingAt, type UnitFinding } from '../lint-finding';
import { positionedChildren } from '../positioned-children';

/** The schema keeps body blocks before sub-clauses, so every body block of a subdivided unit with text in it hangs. */
function isEmptyParagraph(node: ProseMirrorNode): boolean {
  return node.type.name === nodeNames.paragraph && node.textContent.trim() === '' && node.childCount <= 1 && (node.firstChild?.isText ?? true);
}

/** 3 术语和定义 may keep its lead-in above grouped entries (3.1 一般术语, 3.2 …). */
function isTermsLeadIn(unit: UnitIndex, clauseOrAnnex: IndexedNode, childIndex: number): boolean {
  return childIndex === 1 && unit.isSectionRoot && clauseOrAnnex.node === unit.node && unit.chapterRole === 'termsAndDefinitions';
}

export const hangingParagraph: UnitLintRule = {
  id: 'hanging-paragraph',
  // 7.4 says 不宜 (should not): a recommendation, so a warning like the other 宜 rules.
  severity: 'warning',
  source: 'GB/T 1.1-2020 7.4',
  description: {
    zh: '章或条的标题与其第一个下一层次条之间不应设置段（悬置段）。',
    en: 'No text may stand between a chapter or clause title and its first sub-clause (a hanging paragraph).',
  },
  checkUnit(unit) {
    // 规范性引用文件 is never subdivided; normative-references-not-subdivided says so without a misleading 总则 hint.
    if (unit.chapterRole === 'normativeReferences') return [];
    const findings: UnitFinding[] = [];
    for (const clauseOrAnnex of [...unit.nodesOfType(nodeNames.clause), ...unit.nodesOfType(nodeNames.annex)]) {
      if (clauseOrAnnex.node.lastChild?.type.name !== nodeNames.clause) continue;
      const children = positionedChildren(clauseOrAnnex);
      const hanging = children.find(
        (child, childIndex) => childIndex > 0 && child.node.type.name !== nodeNames.clause && !isEmptyParagraph(child.node) && !isTermsLeadIn(unit, clauseOrAnnex, childIndex),
      );
      if (!hanging) continue;
      findings.push(
        unitFindingAt(hanging, (names) => {
          const name = names.nameAt(clauseOrAnnex.position);
          return {
            zh: `${name.zh}的标题与其第一个条之间有悬置段，应将这些内容移入新的条（如“总则”）中，或删除。`,
            en: `${capitalized(name.en)} has a hanging paragraph between its title and its first sub-clause; move that text into a new clause (such as "General") or delete it.`,
          };
        }),
      );
    }
    return findings;
  },
};
