import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

const pageReference = /(?:第|见)[\s\u3000]*\d+[\s\u3000]*页|[Pp]\.[\s\u3000]?\d+/;

export const noPageNumbers: UnitLintRule = {
  id: 'no-page-numbers',
  severity: 'warning',
  source: 'GB/T 1.1-2020 9.5.3',
  description: {
    zh: '条文中提及文件的具体内容时引用章、条、图、表的编号，不引用页码。',
    en: 'The text points at clauses, figures and tables by their numbers, never at page numbers.',
  },
  checkUnit(unit) {
    if (unit.kind === 'cover' || unit.kind === 'bibliography') return [];
    const findings: LintFinding[] = [];
    for (const block of unit.textBlocks) {
      if (block.node.type.name === nodeNames.referenceEntry) continue;
      const found = pageReference.exec(block.text);
      if (!found) continue;
      findings.push(
        findingAt(block, `条文中引用了页码“${found[0]}”；页码随排版变化，应改为引用章、条、图或表的编号。`, `The text refers to a page ("${found[0]}"); pages change with the layout, so refer to the clause, figure or table number instead.`),
      );
    }
    return findings;
  },
};
