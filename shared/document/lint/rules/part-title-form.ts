import type { UnitLintRule } from '../lint-rule';
import { findingAt } from '../lint-finding';

const chinesePart = /第[\s\u3000]*\d+[\s\u3000]*部分/;
const chinesePartWithColon = /[\s\u3000]第[\s\u3000]*\d+[\s\u3000]*部分：[^\s\u3000]/;
const englishPart = /\bPart\s+\d+\b/;
const englishPartWithColon = /—Part\s+\d+:\s\S/;

export const partTitleForm: UnitLintRule = {
  id: 'part-title-form',
  severity: 'warning',
  source: 'GB/T 1.1-2020 7.1.2, 7.1.3',
  description: {
    zh: '分部分的文件，名称中的部分写成“主体要素　第N部分：补充要素”，英文写成“…—Part N: …”。',
    en: 'A document in parts is titled "引导要素　第N部分：补充要素", in English "…—Part N: …".',
  },
  checkUnit(unit) {
    if (unit.kind !== 'cover') return [];
    const chinese = String(unit.node.attrs.titleChinese ?? '');
    const english = String(unit.node.attrs.titleEnglish ?? '');
    const chineseWrong = chinesePart.test(chinese) && !chinesePartWithColon.test(chinese);
    const englishWrong = englishPart.test(english) && !englishPartWithColon.test(english);
    if (!chineseWrong && !englishWrong) return [];
    return [
      findingAt(
        unit.itself,
        chineseWrong ? `文件名称“${chinese}”中的部分应写成“…\u3000第N部分：…”（部分前空一格，后加全角冒号）。` : `英文名称“${english}”中的部分应写成“…—Part N: …”。`,
        chineseWrong ? `The title "${chinese}" names its part as "…\u3000第N部分：…" (a space before, a full-width colon after).` : `The English title "${english}" names its part as "…—Part N: …".`,
      ),
    ];
  },
};
