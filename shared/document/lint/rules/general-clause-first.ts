import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { capitalized } from '../element-names';
import { stableIdOf } from '../unit-index';
import { unitFindingAt, type UnitFinding } from '../lint-finding';

const generalTitles = new Set(['通则', '概述', '总则', '一般要求']);

function titleOf(clause: ProseMirrorNode): string {
  const title = clause.firstChild;
  return title?.type.name === nodeNames.clauseTitle ? title.textContent.trim() : '';
}

export const generalClauseFirst: UnitLintRule = {
  id: 'general-clause-first',
  severity: 'warning',
  source: 'GB/T 1.1-2020 9.3',
  description: {
    zh: '“通则”“概述”“总则”等通用内容的条只作为同一层次的第一个条。',
    en: 'A clause of general content (通则, 概述, 总则) is the first clause of its level.',
  },
  checkUnit(unit) {
    const findings: UnitFinding[] = [];
    for (const parent of [...unit.nodesOfType(nodeNames.clause), ...unit.nodesOfType(nodeNames.annex)]) {
      let position = parent.position + 1;
      let clauseIndex = 0;
      parent.node.forEach((child) => {
        if (child.type.name === nodeNames.clause) {
          const title = titleOf(child);
          if (clauseIndex > 0 && generalTitles.has(title)) {
            const target = { position, targetId: stableIdOf(child) ?? parent.targetId };
            findings.push(
              unitFindingAt(target, (names) => {
                const name = names.nameAt(target.position);
                return {
                  zh: `${name.zh}“${title}”不是同一层次的第一个条；通用内容应放在第一个条中。`,
                  en: `${capitalized(name.en)} "${title}" is not the first clause of its level; general content goes in the first clause.`,
                };
              }),
            );
          }
          clauseIndex += 1;
        }
        position += child.nodeSize;
      });
    }
    return findings;
  },
};
