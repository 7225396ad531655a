import { nodeNames } from '../../../editor/node-names';
import type { LintRule } from '../lint-types';
import { indexDocument } from '../document-index';
import { nameOfElementAt } from '../element-names';
import { findingAt, type LintFinding } from '../lint-finding';
import { termPartsOf } from '../term-parts';

export const duplicateTerm: LintRule = {
  id: 'duplicate-term',
  severity: 'error',
  description: {
    zh: '同一术语只应界定一次。',
    en: 'A term is defined only once.',
  },
  check(context) {
    const { numbering } = context;
    const findings: LintFinding[] = [];
    const firstPositionByTerm = new Map<string, number>();
    for (const entry of indexDocument(context).nodesOfType(nodeNames.termEntry)) {
      const term = termPartsOf(entry.node).chinese;
      if (term === '') continue;
      const firstPosition = firstPositionByTerm.get(term);
      if (firstPosition === undefined) {
        firstPositionByTerm.set(term, entry.position);
        continue;
      }
      const first = nameOfElementAt(numbering, firstPosition);
      findings.push(
        findingAt(
          entry,
          `术语“${term}”已在${first.zh}中界定，同一术语只应界定一次；应删除或合并重复的条目。`,
          `The term "${term}" is already defined in ${first.en}; define each term once, so delete or merge this entry.`,
        ),
      );
    }
    return findings;
  },
};
