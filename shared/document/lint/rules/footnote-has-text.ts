import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { unitFindingAt, type UnitFinding } from '../lint-finding';

export const footnoteHasText: UnitLintRule = {
  id: 'footnote-has-text',
  severity: 'warning',
  source: 'editor housekeeping',
  description: { zh: '脚注应有内容。', en: 'A footnote has text.' },
  checkUnit(unit) {
    const findings: UnitFinding[] = [];
    for (const footnote of unit.nodesOfType(nodeNames.footnote)) {
      if (String(footnote.node.attrs.text ?? '').trim() !== '') continue;
      findings.push(
        unitFindingAt(footnote, (names) => {
          const label = names.labelAt(footnote.position);
          return { zh: `脚注${label}没有内容，应填写脚注或删除。`, en: `Footnote ${label} is empty; write it or delete it.` };
        }),
      );
    }
    return findings;
  },
};
