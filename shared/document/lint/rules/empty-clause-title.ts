import type { DocumentLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

/** Only chapters must have a title; untitled clauses are allowed when all their siblings are untitled too. */
export const emptyClauseTitle: DocumentLintRule = {
  id: 'empty-clause-title',
  severity: 'error',
  source: 'GB/T 1.1-2020 7.2',
  description: {
    zh: '每一章都应有标题。',
    en: 'Every chapter has a title.',
  },
  checkDocument(context) {
    const findings: LintFinding[] = [];
    for (const chapter of context.chapters) {
      if (chapter.index.title.trim() !== '') continue;
      findings.push(
        findingAt(chapter, `第${chapter.chapterNumber ?? ''}章没有标题，每一章都应有标题。`, `Chapter ${chapter.chapterNumber ?? ''} has no title; every chapter needs one.`),
      );
    }
    return findings;
  },
};
