import { nodeNames } from '../../../editor/node-names';
import type { LintRule } from '../lint-types';
import { indexDocument } from '../document-index';
import { findingAt, type LintFinding } from '../lint-finding';

export const footnoteHasText: LintRule = {
  id: 'footnote-has-text',
  severity: 'warning',
  description: { zh: '脚注应有内容。', en: 'A footnote has text.' },
  check(context) {
    const { numbering } = context;
    const findings: LintFinding[] = [];
    for (const footnote of indexDocument(context).nodesOfType(nodeNames.footnote)) {
      if (String(footnote.node.attrs.text ?? '').trim() !== '') continue;
      const label = numbering.byPosition.get(footnote.position)?.label ?? '';
      findings.push(findingAt(footnote, `脚注${label}没有内容，应填写脚注或删除。`, `Footnote ${label} is empty; write it or delete it.`));
    }
    return findings;
  },
};
