import type { UnitLintRule } from '../lint-rule';
import type { SectionKind } from '../unit-index';
import { findingAt, type LintFinding } from '../lint-finding';

interface PreliminaryElement {
  kind: Extract<SectionKind, 'foreword' | 'introduction'>;
  zh: string;
  en: string;
}

function createRule(id: string, element: PreliminaryElement): UnitLintRule {
  return {
    id,
    severity: 'warning',
    description: {
      zh: `${element.zh}中不应包含要求或推荐（“应”“不应”“宜”“不宜”等）。`,
      en: `The ${element.en} contains no requirement or recommendation (应, 不应, 宜, 不宜…).`,
    },
    checkUnit(unit) {
      if (unit.kind !== element.kind) return [];
      const findings: LintFinding[] = [];
      for (const block of unit.textBlocks) {
        const word = block.facts.requirementWording();
        if (word === null) continue;
        findings.push(
          findingAt(
            block,
            `${element.zh}中使用了表示要求或推荐的“${word}”；${element.zh}不应包含要求，应改写为陈述，或将要求移至正文。`,
            `The ${element.en} uses "${word}", which states a requirement or recommendation; rephrase it as a statement or move the requirement into the body.`,
          ),
        );
      }
      return findings;
    },
  };
}

export const noRequirementWordingInForeword = createRule('no-requirement-wording-in-foreword', { kind: 'foreword', zh: '前言', en: 'foreword' });

export const noRequirementWordingInIntroduction = createRule('no-requirement-wording-in-introduction', { kind: 'introduction', zh: '引言', en: 'introduction' });
