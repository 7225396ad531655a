import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

/** What a 前言 paragraph says, recognised by its wording, in the order 8.3 lists the 前言's contents. */
const forewordContents: readonly { pattern: RegExp; zh: string; en: string }[] = [
  { pattern: /按照GB\s*\/\s*T\s*1\.1/, zh: '起草依据', en: 'the drafting rules' },
  { pattern: /代替|与.{1,40}相比.{0,10}(?:主要|技术)?(?:变化|修改)/, zh: '与其他文件的关系和主要技术变化', en: 'what it replaces and the main changes' },
  { pattern: /(?:等同|修改|非等效)采用|一致性程度/, zh: '与国际文件的一致性', en: 'the relation to international documents' },
  { pattern: /涉及专利/, zh: '专利说明', en: 'the patent notice' },
  { pattern: /由.{1,60}提出/, zh: '提出信息', en: 'who proposed it' },
  { pattern: /由.{1,60}归口/, zh: '归口信息', en: 'who administers it' },
  { pattern: /起草单位/, zh: '起草单位', en: 'the drafting organisations' },
  { pattern: /起草人/, zh: '起草人', en: 'the drafters' },
  { pattern: /历次版本|首次发布/, zh: '历次版本', en: 'the earlier editions' },
];

function contentIndexOf(text: string): number {
  // 提出 and 归口 often share one sentence ("本文件由甲提出并归口"); it counts as the earlier of the two.
  return forewordContents.findIndex((content) => content.pattern.test(text));
}

export const forewordContentOrder: UnitLintRule = {
  id: 'foreword-content-order',
  severity: 'warning',
  source: 'GB/T 1.1-2020 8.3',
  description: {
    zh: '前言的内容按规定的顺序排列：起草依据、与其他文件的关系和主要技术变化、与国际文件的一致性、专利说明、提出和归口信息、起草单位和起草人、历次版本。',
    en: 'The foreword gives its contents in the prescribed order: drafting rules, relation to other documents and main changes, relation to international documents, patent notice, who proposed and administers it, drafting organisations and drafters, earlier editions.',
  },
  checkUnit(unit) {
    if (unit.kind !== 'foreword') return [];
    const findings: LintFinding[] = [];
    let latest = -1;
    for (const block of unit.textBlocks) {
      const index = contentIndexOf(block.text);
      if (index < 0) continue;
      if (index < latest) {
        const content = forewordContents[index];
        const earlier = forewordContents[latest];
        if (content && earlier) {
          findings.push(
            findingAt(
              block,
              `前言中“${content.zh}”应写在“${earlier.zh}”之前。`,
              `In the foreword, ${content.en} comes before ${earlier.en}.`,
            ),
          );
        }
        break;
      }
      latest = index;
    }
    return findings;
  },
};
