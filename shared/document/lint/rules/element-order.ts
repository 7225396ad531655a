import type { DocumentLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

/**
 * The order of chapters that the required chapters (范围, 规范性引用文件, 术语和定义) leave open: 符号和缩略语
 * comes right after them and before the technical chapters, and 前言, 引言, 参考文献 or an annex are their own
 * elements, never numbered chapters. The required chapters themselves are `required-chapters` and `scope-chapter-first`.
 */
export const elementOrder: DocumentLintRule = {
  id: 'element-order',
  severity: 'error',
  source: 'GB/T 1.1-2020 6.2 表1',
  description: {
    zh: '要素应按GB/T 1.1—2020规定的顺序编排：符号和缩略语位于术语和定义之后、技术要素之前；前言、引言、附录和参考文献不作为编号的章。',
    en: 'Elements follow the order of GB/T 1.1-2020: symbols and abbreviations right after terms and definitions, before the technical chapters; the foreword, introduction, annexes and bibliography are never numbered chapters.',
  },
  checkDocument(context) {
    const findings: LintFinding[] = [];
    let technicalChapterSeen = false;
    for (const chapter of context.chapters) {
      const title = chapter.index.title.trim();
      const role = chapter.index.chapterRole;
      if (role === 'misplacedElement') {
        findings.push(
          findingAt(
            chapter,
            `“${title}”不应作为编号的章，应使用文件中相应的要素（前言、引言、附录或参考文献）。`,
            `"${title}" must not be a numbered chapter; use the document's own element for it (foreword, introduction, annex or bibliography).`,
          ),
        );
      } else if (role === 'symbolsAndAbbreviations' && technicalChapterSeen) {
        findings.push(
          findingAt(
            chapter,
            `第${chapter.chapterNumber ?? ''}章“${title}”应紧接在“术语和定义”之后，位于技术要素的章之前。`,
            `Chapter ${chapter.chapterNumber ?? ''} "${title}" belongs right after "Terms and definitions", before the technical chapters; move it up.`,
          ),
        );
      } else if (role === 'technical') technicalChapterSeen = true;
    }
    return findings;
  },
};
