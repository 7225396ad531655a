import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

const listTypes: ReadonlySet<string> = new Set([nodeNames.bulletList, nodeNames.orderedList]);
/** Body blocks of chapters, clauses and annexes; inside a list item the item's own paragraph leads in, and an 示例 may simply list. */
const containerTypes = [nodeNames.clause, nodeNames.annex] as const;

function isLeadIn(node: ProseMirrorNode): boolean {
  return node.type.name === nodeNames.paragraph && node.textContent.trim() !== '';
}

export const listHasLeadIn: UnitLintRule = {
  id: 'list-has-lead-in',
  severity: 'warning',
  source: 'GB/T 1.1-2020 7.5.1',
  description: {
    zh: '列项应由引语和被引出的并列各项组成，列项前应有引语。',
    en: 'A list is introduced by a lead-in sentence right before its items.',
  },
  checkUnit(unit) {
    const findings: LintFinding[] = [];
    for (const typeName of containerTypes) {
      for (const container of unit.nodesOfType(typeName)) {
        let offset = 0;
        let previous: ProseMirrorNode | null = null;
        for (let childIndex = 0; childIndex < container.node.childCount; childIndex += 1) {
          const child = container.node.child(childIndex);
          if (listTypes.has(child.type.name) && (previous === null || !isLeadIn(previous))) {
            findings.push(
              findingAt(
                { position: container.position + 1 + offset, targetId: container.targetId },
                '该列项前没有引语；应在列项前增加引出各项的句子（如“……包括下列内容：”）。',
                'This list has no lead-in; add a sentence before it that introduces the items (ending with "：").',
              ),
            );
          }
          previous = child;
          offset += child.nodeSize;
        }
      }
    }
    return findings;
  },
};
