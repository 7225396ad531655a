import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { capitalized } from '../element-names';
import { unitFindingAt, type UnitFinding } from '../lint-finding';

const dittoMarks = /^(?:同上|同左|同前|〃|")$/;

/** The first body cell that is empty or only repeats its neighbour by a ditto mark, with what it holds. */
function firstBadCell(tableBlock: ProseMirrorNode): { ditto: string | null } | null {
  let found: { ditto: string | null } | null = null;
  tableBlock.descendants((node) => {
    if (found) return false;
    if (node.type.name !== nodeNames.tableCell) return true;
    const text = node.textContent.trim();
    if (text === '') found = { ditto: null };
    else if (dittoMarks.test(text)) found = { ditto: text };
    return false;
  });
  return found;
}

export const tableCellContent: UnitLintRule = {
  id: 'table-cell-content',
  severity: 'warning',
  source: 'GB/T 1.1-2020 9.8',
  description: {
    zh: '表中不留空格：没有内容的单元格填“—”；不用“同上”“同左”等代替内容。',
    en: 'A table has no blank cells (an empty cell holds "—") and no ditto marks such as 同上 or 同左 in place of content.',
  },
  checkUnit(unit) {
    const findings: UnitFinding[] = [];
    for (const tableBlock of unit.nodesOfType(nodeNames.tableBlock)) {
      const bad = firstBadCell(tableBlock.node);
      if (!bad) continue;
      findings.push(
        unitFindingAt(tableBlock, (names) => {
          const name = names.nameAt(tableBlock.position);
          return bad.ditto === null
            ? { zh: `${name.zh}有空白单元格；没有内容时应填写“—”。`, en: `${capitalized(name.en)} has a blank cell; write "—" where there is nothing to say.` }
            : {
                zh: `${name.zh}的单元格中使用了“${bad.ditto}”；应写出具体内容。`,
                en: `${capitalized(name.en)} uses "${bad.ditto}" in a cell; write the content out.`,
              };
        }),
      );
    }
    return findings;
  },
};
