import { nodeNames } from '../../../editor/node-names';
import { crossReferenceText } from '../../cross-reference';
import type { LintRule } from '../lint-types';
import { indexDocument } from '../document-index';
import { findingAt, type LintFinding } from '../lint-finding';

export const crossReferenceResolves: LintRule = {
  id: 'cross-reference-resolves',
  severity: 'error',
  description: {
    zh: '每个交叉引用都应指向文件中存在的章、条、附录、表、图、公式、术语条目或引用文件。',
    en: 'Every cross-reference points at a clause, annex, table, figure, formula, term entry or referenced document that exists.',
  },
  check(context) {
    const { numbering } = context;
    const findings: LintFinding[] = [];
    for (const reference of indexDocument(context).nodesOfType(nodeNames.crossReference)) {
      const targetId: unknown = reference.node.attrs.targetId;
      if (typeof targetId === 'string' && targetId !== '' && crossReferenceText(numbering, targetId) !== null) continue;
      findings.push(
        findingAt(
          reference,
          '该交叉引用指向的内容已不存在或不能被引用，应重新选择引用对象或删除该引用。',
          'This cross-reference points at something that no longer exists or cannot be referred to; pick its target again or delete it.',
        ),
      );
    }
    return findings;
  },
};
