import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

export const referenceEntryPlacement: UnitLintRule = {
  id: 'reference-entry-placement',
  severity: 'warning',
  source: 'GB/T 1.1-2020 8.6, 8.10',
  description: {
    zh: '引用文件条目只应列在“规范性引用文件”一章或“参考文献”中。',
    en: 'Reference entries belong only in the normative references chapter or the bibliography.',
  },
  checkUnit(unit) {
    if (unit.kind === 'bibliography' || unit.chapterRole === 'normativeReferences') return [];
    const findings: LintFinding[] = [];
    for (const entry of unit.nodesOfType(nodeNames.referenceEntry)) {
      findings.push(
        findingAt(
          entry,
          '引用文件条目只能列在“规范性引用文件”或“参考文献”中；应将其移至相应位置，并在此处用交叉引用引用该文件。',
          'Reference entries are listed only in the normative references or the bibliography; move this one there and cite it here with a cross-reference.',
        ),
      );
    }
    return findings;
  },
};
