import type { UnitLintRule } from '../lint-rule';
import { findingAt } from '../lint-finding';

/** "…标准" at the end of a title, or "技术标准": the word for the kind of document, which the title does not use. */
const documentKindInTitle = /标准$|(?:技术|质量|产品|管理|工作)标准/;

export const titleFunctionWords: UnitLintRule = {
  id: 'title-function-words',
  severity: 'warning',
  source: 'GB/T 1.1-2020 6.1.4',
  description: {
    zh: '文件名称用“规范”“规程”“指南”“要求”“试验方法”等表明文件的功能，不用“标准”。',
    en: 'The title says what the document does with words such as 规范, 规程, 指南, 要求 or 试验方法, never with 标准.',
  },
  checkUnit(unit) {
    if (unit.kind !== 'cover') return [];
    const title = String(unit.node.attrs.titleChinese ?? '').trim();
    const found = documentKindInTitle.exec(title);
    if (!found) return [];
    return [
      findingAt(
        unit.itself,
        `文件名称“${title}”中用了“${found[0]}”；名称应以“规范”“规程”“指南”“要求”“试验方法”等表明文件的功能。`,
        `The title "${title}" uses "${found[0]}"; a title names what the document does, with words such as 规范, 规程, 指南, 要求 or 试验方法.`,
      ),
    ];
  },
};
