import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

/**
 * Openings that make a definition a sentence about the term instead of a phrase that can replace it.
 * "一个或多个…", "指标…" and "是否…" are ordinary phrases and stay allowed.
 */
const sentenceOpeningPattern = /^(?:是指|是(?!否)|指(?![标令数南示])|即|一种(?!或)|一个(?!或)|(?:a|an|the)\s)/i;
const finalStopPattern = /[。.]$/;

export const definitionStyle: UnitLintRule = {
  id: 'definition-style',
  severity: 'warning',
  description: {
    zh: '定义应能在上下文中代替其术语：不以“是”“指”“一种”等开头，末尾不加句号。',
    en: 'A definition can replace its term in a sentence: it does not open with "是", "指", "一种" (or an article) and has no final full stop.',
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
      if (finalStopPattern.test(text)) {
        findings.push(findingAt(definition, '定义末尾不加句号，请删除句号。', 'A definition ends without a full stop; delete it.'));
      }
    }
    return findings;
  },
};
