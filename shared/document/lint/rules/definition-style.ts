import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

/**
 * Openings that make a definition a sentence about the term instead of a phrase that can replace it.
 * "一个或多个…", "指标…" and "是否…" are ordinary phrases and stay allowed.
 */
const sentenceOpeningPattern = /^(?:是指|是(?!否)|指(?![标令数南示])|即|一种(?!或)|一个(?!或)|(?:a|an|the)\s)/i;
/**
 * The ISO/IEC Directives end a Latin-script definition without a full stop; GB/T 1.1-2020's own Chinese definitions
 * end with 。, so only a Latin full stop after a definition written in Latin script is reported.
 */
const finalLatinStopPattern = /\.$/;
const chineseCharacter = /[\u4e00-\u9fff]/;

export const definitionStyle: UnitLintRule = {
  id: 'definition-style',
  severity: 'warning',
  source: 'GB/T 1.1-2020 8.7.3',
  description: {
    zh: '定义应能在上下文中代替其术语：不以“是”“指”“一种”等开头；用拉丁字母书写的定义末尾不加句点。',
    en: 'A definition can replace its term in a sentence: it does not open with "是", "指", "一种" (or an article), and a definition in Latin script has no final full stop.',
  },
  checkUnit(unit) {
    const findings: LintFinding[] = [];
    for (const definition of unit.nodesOfType(nodeNames.termDefinition)) {
      const text = definition.node.textContent.trim();
      const opening = sentenceOpeningPattern.exec(text);
      if (opening) {
        const word = opening[0].trim();
        findings.push(
          findingAt(
            definition,
            `定义不应以“${word}”开头；定义应是能在上下文中代替术语的短语，请删去“${word}”。`,
            `The definition opens with "${word}"; a definition is a phrase that can replace the term, so drop "${word}".`,
          ),
        );
      }
      if (!chineseCharacter.test(text) && finalLatinStopPattern.test(text)) {
        findings.push(findingAt(definition, '用拉丁字母书写的定义末尾不加句点，请删除句点。', 'A definition in Latin script ends without a full stop; delete it.'));
      }
    }
    return findings;
  },
};
