import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

/** "——", "a)" and "1)" typed at the start of a paragraph instead of making it an item of a list. */
const typedItemMarker = /^[\s\u3000]*(——|[a-z][)）]|\d{1,2}[)）])/;

export const typedListItem: UnitLintRule = {
  id: 'typed-list-item',
  severity: 'warning',
  source: 'GB/T 1.1-2020 7.4, 7.5',
  description: {
    zh: '列项用列表排列，“——”“a)”“1)”等标记由系统生成，不在段落中手工输入。',
    en: 'List items are made with a list: the markers "——", "a)" and "1)" are generated, never typed at the start of a paragraph.',
  },
  checkUnit(unit) {
    if (unit.kind === 'cover') return [];
    const findings: LintFinding[] = [];
    for (const block of unit.textBlocks) {
      if (block.node.type.name !== nodeNames.paragraph) continue;
      const typed = typedItemMarker.exec(block.text);
      if (!typed) continue;
      findings.push(
        findingAt(
          block,
          `段落以手工输入的列项标记“${typed[1] ?? ''}”开头；请删除标记，用“插入”中的列表排列这些项。`,
          `The paragraph starts with a typed list marker "${typed[1] ?? ''}"; delete it and make the items a list from the insert menu.`,
        ),
      );
    }
    return findings;
  },
};
