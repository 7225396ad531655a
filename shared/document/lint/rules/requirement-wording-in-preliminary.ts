import type { UnitLintRule } from '../lint-rule';
import type { SectionKind } from '../unit-index';
import { findingAt, type LintFinding } from '../lint-finding';
import { findProvisionWording, type ProvisionKind } from '../requirement-wording';

interface PreliminaryElement {
  kind: Extract<SectionKind, 'foreword' | 'introduction'>;
  source: string;
  zh: string;
  en: string;
  /** The kinds of provision the element may not hold, and how the description names them. */
  forbidden: readonly ProvisionKind[];
  forbiddenWords: { zh: string; en: string };
}

function createRule(id: string, element: PreliminaryElement): UnitLintRule {
  return {
    id,
    severity: 'warning',
    source: element.source,
    description: {
      zh: `${element.zh}中不应包含${element.forbiddenWords.zh}。`,
      en: `The ${element.en} contains no ${element.forbiddenWords.en}.`,
    },
    checkUnit(unit) {
      if (unit.kind !== element.kind) return [];
      const findings: LintFinding[] = [];
      for (const block of unit.textBlocks) {
        const found = findProvisionWording(block.text, element.forbidden);
        if (found === null) continue;
        findings.push(
          findingAt(
            block,
            `${element.zh}中使用了“${found.word}”，构成条款；${element.zh}不应包含${element.forbiddenWords.zh}，应改写为陈述，或将其移至正文。`,
            `The ${element.en} uses "${found.word}", which makes a provision; the ${element.en} contains no ${element.forbiddenWords.en}, so rephrase it as a statement or move it into the body.`,
          ),
        );
      }
      return findings;
    },
  };
}

/** 8.3: the 前言 holds no 要求型条款, 推荐型条款 or 允许型条款. */
export const noRequirementWordingInForeword = createRule('no-requirement-wording-in-foreword', {
  kind: 'foreword',
  source: 'GB/T 1.1-2020 8.3',
  zh: '前言',
  en: 'foreword',
  forbidden: ['requirement', 'recommendation', 'permission'],
  forbiddenWords: { zh: '要求、推荐或允许（“应”“宜”“可”等）', en: 'requirement, recommendation or permission (应, 宜, 可…)' },
});

/** 8.4: the 引言 holds no 要求型条款; recommendations and permissions may stand there. */
export const noRequirementWordingInIntroduction = createRule('no-requirement-wording-in-introduction', {
  kind: 'introduction',
  source: 'GB/T 1.1-2020 8.4',
  zh: '引言',
  en: 'introduction',
  forbidden: ['requirement'],
  forbiddenWords: { zh: '要求（“应”“不应”等）', en: 'requirement (应, 不应…)' },
});
