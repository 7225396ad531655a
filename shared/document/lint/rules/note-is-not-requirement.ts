import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';
import { textFactsOf } from '../node-text-facts';

const informativeKinds = [
  { typeName: nodeNames.note, zh: '注', en: 'note' },
  { typeName: nodeNames.example, zh: '示例', en: 'example' },
  { typeName: nodeNames.tableNote, zh: '表注', en: 'table note' },
  // Footnotes to the text are informative (9.2); a table's footnotes may hold requirements and are not listed.
  { typeName: nodeNames.footnote, zh: '脚注', en: 'footnote' },
] as const;

export const noteIsNotRequirement: UnitLintRule = {
  id: 'note-is-not-requirement',
  severity: 'warning',
  source: 'GB/T 1.1-2020 9.2',
  description: {
    zh: '注、示例、表注和条文的脚注是资料性的，不应包含要求或推荐（“应”“不应”“宜”“不宜”等）。',
    en: 'Notes, examples, table notes and footnotes to the text are informative and contain no requirement or recommendation (应, 不应, 宜, 不宜…).',
  },
  checkUnit(unit) {
    const findings: LintFinding[] = [];
    for (const kind of informativeKinds) {
      for (const informative of unit.nodesOfType(kind.typeName)) {
        const word = textFactsOf(informative.node).requirementWording();
        if (word === null) continue;
        findings.push(
          findingAt(
            informative,
            `${kind.zh}中使用了表示要求或推荐的“${word}”；${kind.zh}不应包含要求，应将要求移至正文条款中，或改写为说明。`,
            `This ${kind.en} uses "${word}", which states a requirement or recommendation; ${kind.en}s are informative, so move the requirement into the body or rephrase it.`,
          ),
        );
      }
    }
    return findings;
  },
};

