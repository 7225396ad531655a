import type { UnitLintRule } from '../lint-rule';
import { findingAt } from '../lint-finding';

export const normativeReferencesNotSubdivided: UnitLintRule = {
  id: 'normative-references-not-subdivided',
  severity: 'error',
  source: 'GB/T 1.1-2020 8.6',
  description: {
    zh: '“规范性引用文件”一章不分条，只有引导语和文件清单。',
    en: 'The normative references chapter is not divided into clauses: it holds the lead-in and the list of documents only.',
  },
  checkUnit(unit) {
    if (!unit.isSectionRoot || unit.chapterRole !== 'normativeReferences' || unit.subunits.length === 0) return [];
    return [
      findingAt(
        unit.itself,
        '“规范性引用文件”一章不应分条；请将各条中的文件条目移到本章下，删除这些条。',
        'The normative references chapter must not be divided into clauses; move the entries of its clauses into the chapter itself and remove the clauses.',
      ),
    ];
  },
};
