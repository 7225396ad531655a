import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

function isList(node: ProseMirrorNode): boolean {
  return node.type.name === nodeNames.bulletList || node.type.name === nodeNames.orderedList;
}

/** The deepest nesting of lists within the list, the list itself counting as 1. */
function depthOf(list: ProseMirrorNode): number {
  let deepest = 0;
  list.descendants((node) => {
    if (!isList(node)) return true;
    deepest = Math.max(deepest, depthOf(node));
    return false;
  });
  return deepest + 1;
}

export const listDepth: UnitLintRule = {
  id: 'list-depth',
  severity: 'warning',
  source: 'GB/T 1.1-2020 7.5.2',
  description: {
    zh: '列项最多分两个层次；需要更多层次时改用条。',
    en: 'Lists have at most two levels; use clauses where more are needed.',
  },
  checkUnit(unit) {
    const findings: LintFinding[] = [];
    const reported = new Set<ProseMirrorNode>();
    let position = 1;
    unit.node.forEach((child) => {
      if (isList(child) && !reported.has(child) && depthOf(child) > 2) {
        reported.add(child);
        findings.push(
          findingAt(
            { position, targetId: unit.targetId },
            `列项分了${depthOf(child)}个层次；列项最多分两个层次，更多的层次应改为条。`,
            `A list has ${depthOf(child)} levels; lists have at most two, so turn the deeper levels into clauses.`,
          ),
        );
      }
      position += child.nodeSize;
    });
    return findings;
  },
};
