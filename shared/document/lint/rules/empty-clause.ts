import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../editor/node-names';
import type { LintRule } from '../lint-types';
import { indexDocument } from '../document-index';
import { capitalized, nameOfElementAt } from '../element-names';
import { findingAt, type LintFinding } from '../lint-finding';

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

export const emptyClause: LintRule = {
  id: 'empty-clause',
  severity: 'info',
  description: {
    zh: '章、条或附录只有标题而没有内容。',
    en: 'A chapter, clause or annex has a title but no content yet.',
  },
  check(context) {
    const { numbering } = context;
    const index = indexDocument(context);
    const findings: LintFinding[] = [];
    for (const unit of [...index.nodesOfType(nodeNames.clause), ...index.nodesOfType(nodeNames.annex)]) {
      if (hasContent(unit.node)) continue;
      const name = nameOfElementAt(numbering, unit.position);
      findings.push(findingAt(unit, `${name.zh}还没有内容，应补充内容或删除。`, `${capitalized(name.en)} has no content yet; write it or delete it.`));
    }
    return findings;
  },
};
