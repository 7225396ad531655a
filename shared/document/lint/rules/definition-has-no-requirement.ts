import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';
import { textFactsOf } from '../node-text-facts';

export const definitionHasNoRequirement: UnitLintRule = {
  id: 'definition-has-no-requirement',
  severity: 'warning',
  source: 'GB/T 1.1-2020 8.7.3',
  description: {
    zh: '定义中不应包含要求，也不应写成要求的形式。',
    en: 'A definition contains no requirement and is not worded as one.',
  },
  checkUnit(unit) {
    const findings: LintFinding[] = [];
    for (const definition of unit.nodesOfType(nodeNames.termDefinition)) {
      const word = textFactsOf(definition.node).requirementWording();
      if (word === null) continue;
      findings.push(
        findingAt(
          definition,
          `定义中使用了表示要求的助动词“${word}”；定义不应包含要求，应将要求移至正文的相应条款中。`,
          `The definition uses the requirement word "${word}"; definitions contain no requirements, so move the requirement into the body.`,
        ),
      );
    }
    return findings;
  },
};
