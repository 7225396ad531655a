import { nodeNames } from '../../../editor/node-names';
import type { SectionLintRule } from '../lint-rule';
import { sectionFindingAt, type SectionFinding } from '../lint-finding';

export const footnoteHasText: SectionLintRule = {
  id: 'footnote-has-text',
  severity: 'warning',
  description: { zh: '脚注应有内容。', en: 'A footnote has text.' },
  checkSection(section) {
    const findings: SectionFinding[] = [];
    for (const footnote of section.nodesOfType(nodeNames.footnote)) {
      if (String(footnote.node.attrs.text ?? '').trim() !== '') continue;
      findings.push(
        sectionFindingAt(footnote, (names) => {
          const label = names.labelAt(footnote.position);
          return { zh: `脚注${label}没有内容，应填写脚注或删除。`, en: `Footnote ${label} is empty; write it or delete it.` };
        }),
      );
    }
    return findings;
  },
};
