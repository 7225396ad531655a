import type { DocumentLintRule } from '../lint-rule';
import { documentStart, findingAt } from '../lint-finding';

export const forewordPresent: DocumentLintRule = {
  id: 'foreword-present',
  severity: 'error',
  source: 'GB/T 1.1-2020 6.2 表1, 8.3',
  description: {
    zh: '前言是必备要素，每个文件都应有前言。',
    en: 'The foreword is a required element of every standard.',
  },
  checkDocument(context) {
    if (context.sections.some((section) => section.index.kind === 'foreword')) return [];
    return [findingAt(documentStart, '文件缺少前言，应在正文之前补充前言。', 'The standard has no foreword; add one before the body.')];
  },
};
