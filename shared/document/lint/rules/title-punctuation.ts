import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

const titleTypes: ReadonlySet<string> = new Set([nodeNames.clauseTitle, nodeNames.annexTitle, nodeNames.tableTitle, nodeNames.figureTitle]);
const finalPunctuationPattern = /[。．.，,；;：:、！!]$/;

export const titlePunctuation: UnitLintRule = {
  id: 'title-punctuation',
  severity: 'warning',
  source: 'GB/T 1.1-2020 7.2, 7.3.3',
  description: {
    zh: '章、条、附录、表和图的标题末尾不加标点符号。',
    en: 'Titles of chapters, clauses, annexes, tables and figures end without punctuation.',
  },
  checkUnit(unit) {
    const findings: LintFinding[] = [];
    for (const block of unit.textBlocks) {
      if (!titleTypes.has(block.node.type.name)) continue;
      const title = block.text.trim();
      if (!finalPunctuationPattern.test(title)) continue;
      const mark = title.slice(-1);
      findings.push(findingAt(block, `标题“${title}”末尾有标点符号“${mark}”，标题末尾不加标点，请删除。`, `The title "${title}" ends with "${mark}"; titles take no final punctuation, so delete it.`));
    }
    return findings;
  },
};
