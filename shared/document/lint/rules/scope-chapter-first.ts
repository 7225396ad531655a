import type { DocumentLintRule } from '../lint-rule';
import { findingAt } from '../lint-finding';

/** Only fires when 范围 exists elsewhere; a missing 范围 is `required-chapters`. */
export const scopeChapterFirst: DocumentLintRule = {
  id: 'scope-chapter-first',
  severity: 'error',
  source: 'GB/T 1.1-2020 8.5',
  description: {
    zh: '“范围”应为文件的第1章。',
    en: 'The scope is the first chapter of a standard.',
  },
  checkDocument(context) {
    const scope = context.chapterWithRole('scope');
    if (!scope || scope.chapterNumber === 1) return [];
    return [
      findingAt(
        scope,
        `“范围”应为第1章，现为第${scope.chapterNumber ?? ''}章，请将其移至正文最前面。`,
        `The scope must be chapter 1 but is chapter ${scope.chapterNumber ?? ''}; move it to the start of the body.`,
      ),
    ];
  },
};
