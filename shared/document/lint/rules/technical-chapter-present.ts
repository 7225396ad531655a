import type { DocumentLintRule } from '../lint-rule';
import { documentStart, findingAt } from '../lint-finding';

export const technicalChapterPresent: DocumentLintRule = {
  id: 'technical-chapter-present',
  severity: 'info',
  source: 'GB/T 1.1-2020 6.2 表1',
  description: {
    zh: '文件在范围、规范性引用文件、术语和定义之后至少有一个核心技术要素的章。',
    en: 'After the scope, normative references and terms, the document has at least one technical chapter.',
  },
  checkDocument(context) {
    if (context.chapters.some((chapter) => chapter.index.chapterRole === 'technical')) return [];
    return [
      findingAt(
        documentStart,
        '文件还没有核心技术要素：请在“术语和定义”之后增加技术要求、试验方法等章。',
        'The document has no technical chapter yet: add chapters such as requirements and test methods after the terms and definitions.',
      ),
    ];
  },
};
