import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

/** Laws and regulations are cited by their name in the text, never listed as normative references. */
const lawTitle = /(?:法|条例|规定|办法|决定|令)$/;

export const referenceHasTitle: UnitLintRule = {
  id: 'reference-has-title',
  severity: 'error',
  source: 'GB/T 1.1-2020 8.6',
  description: {
    zh: '“规范性引用文件”和“参考文献”中的每个文件都应给出文件名称。',
    en: 'Every document in the normative references and the bibliography has its title.',
  },
  checkUnit(unit) {
    if (unit.chapterRole !== 'normativeReferences' && unit.kind !== 'bibliography') return [];
    const findings: LintFinding[] = [];
    for (const entry of unit.nodesOfType(nodeNames.referenceEntry)) {
      if (entry.node.textContent.trim() !== '') continue;
      const number = String(entry.node.attrs.documentNumber ?? '').trim();
      findings.push(findingAt(entry, `文件“${number}”缺少文件名称，请在编号后填写名称。`, `The document "${number}" has no title; write its title after the number.`));
    }
    return findings;
  },
};

export const noLawsInNormativeReferences: UnitLintRule = {
  id: 'no-laws-in-normative-references',
  severity: 'warning',
  source: 'GB/T 1.1-2020 8.6',
  description: {
    zh: '法律、法规和规章不列入“规范性引用文件”；需要时在条文中提及其名称。',
    en: 'Laws, regulations and rules are not listed as normative references; name them in the text where needed.',
  },
  checkUnit(unit) {
    if (unit.chapterRole !== 'normativeReferences') return [];
    const findings: LintFinding[] = [];
    for (const entry of unit.nodesOfType(nodeNames.referenceEntry)) {
      const title = entry.node.textContent.trim().replace(/^《|》$/g, '');
      const number = String(entry.node.attrs.documentNumber ?? '').trim();
      if (number !== '' || !lawTitle.test(title)) continue;
      findings.push(
        findingAt(
          entry,
          `“${title}”是法律法规，不应列入规范性引用文件；如需要，在条文中提及其名称。`,
          `"${title}" is a law or regulation and is not listed as a normative reference; name it in the text if needed.`,
        ),
      );
    }
    return findings;
  },
};
