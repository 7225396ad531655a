import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../editor/node-names';
import type { LintRule } from '../lint-types';
import { indexDocument, type IndexedNode } from '../document-index';
import { capitalized, nameOfElementAt } from '../element-names';
import { findingAt, type LintFinding } from '../lint-finding';
import { positionedChildren } from '../positioned-children';

/** The schema keeps body blocks before sub-clauses, so every non-empty body block of a subdivided unit hangs. */
function isEmptyParagraph(node: ProseMirrorNode): boolean {
  return node.type.name === nodeNames.paragraph && node.childCount === 0;
}

/** 3 术语和定义 may keep its lead-in above grouped entries (3.1 一般术语, 3.2 …). */
function isTermsLeadIn(unit: IndexedNode, childIndex: number): boolean {
  return childIndex === 1 && unit.node === unit.section.node && unit.section.chapterRole === 'termsAndDefinitions';
}

export const hangingParagraph: LintRule = {
  id: 'hanging-paragraph',
  severity: 'error',
  description: {
    zh: '章或条的标题与其第一个下一层次条之间不应设置段（悬置段）。',
    en: 'No text may stand between a chapter or clause title and its first sub-clause (a hanging paragraph).',
  },
  check(context) {
    const { numbering } = context;
    const index = indexDocument(context);
    const findings: LintFinding[] = [];
    for (const unit of [...index.nodesOfType(nodeNames.clause), ...index.nodesOfType(nodeNames.annex)]) {
      if (unit.node.lastChild?.type.name !== nodeNames.clause) continue;
      const children = positionedChildren(unit);
      const hanging = children.find(
        (child, childIndex) => childIndex > 0 && child.node.type.name !== nodeNames.clause && !isEmptyParagraph(child.node) && !isTermsLeadIn(unit, childIndex),
      );
      if (!hanging) continue;
      const name = nameOfElementAt(numbering, unit.position);
      findings.push(
        findingAt(
          hanging,
          `${name.zh}的标题与其第一个条之间有悬置段，应将这些内容移入新的条（如“总则”）中，或删除。`,
          `${capitalized(name.en)} has a hanging paragraph between its title and its first sub-clause; move that text into a new clause (such as "General") or delete it.`,
        ),
      );
    }
    return findings;
  },
};
