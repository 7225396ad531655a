import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { capitalized } from '../element-names';
import { unitFindingAt, type UnitFinding } from '../lint-finding';

function firstRowIsHeader(tableBlock: ProseMirrorNode): boolean {
  let table: ProseMirrorNode | null = null;
  tableBlock.forEach((child) => {
    if (child.type.name === nodeNames.table) table ??= child;
  });
  const firstRow = (table as ProseMirrorNode | null)?.firstChild;
  if (!firstRow || firstRow.childCount === 0) return true;
  let allHeaders = true;
  firstRow.forEach((cell) => {
    if (cell.type.name !== nodeNames.tableHeader) allHeaders = false;
  });
  return allHeaders;
}

export const tableHasHeaderRow: UnitLintRule = {
  id: 'table-has-header-row',
  severity: 'warning',
  source: 'GB/T 1.1-2020 9.8.4',
  description: {
    zh: '每个表都应有表头，表的第一行标明各栏的内容。',
    en: 'Every table has a header row that names what each column holds.',
  },
  checkUnit(unit) {
    const findings: UnitFinding[] = [];
    for (const tableBlock of unit.nodesOfType(nodeNames.tableBlock)) {
      if (firstRowIsHeader(tableBlock.node)) continue;
      findings.push(
        unitFindingAt(tableBlock, (names) => ({
          zh: `${names.nameAt(tableBlock.position).zh}没有表头；请将第一行设为表头（表格工具栏中的“表头行”）。`,
          en: `${capitalized(names.nameAt(tableBlock.position).en)} has no header row; make its first row the header row (the table toolbar's header row button).`,
        })),
      );
    }
    return findings;
  },
};
