import type { DocumentLintRule, PlacedSection } from '../lint-rule';
import { normativeReferencesTitle, scopeTitle, termsAndDefinitionsTitle, type ChapterRole } from '../chapter-roles';
import { documentStart, findingAt, type LintFinding } from '../lint-finding';

interface RequiredChapter {
  role: ChapterRole;
  number: number;
  title: string;
  english: string;
}

const chaptersEveryStandardHas: readonly RequiredChapter[] = [
  { role: 'scope', number: 1, title: scopeTitle, english: 'Scope' },
  { role: 'normativeReferences', number: 2, title: normativeReferencesTitle, english: 'Normative references' },
  { role: 'termsAndDefinitions', number: 3, title: termsAndDefinitionsTitle, english: 'Terms and definitions' },
];

export const requiredChapters: DocumentLintRule = {
  id: 'required-chapters',
  severity: 'error',
  source: 'GB/T 1.1-2020 6.2 表1',
  description: {
    zh: '文件应包含第1章“范围”、第2章“规范性引用文件”和第3章“术语和定义”。',
    en: 'A standard has chapter 1 "scope", chapter 2 "normative references" and chapter 3 "terms and definitions".',
  },
  checkDocument(context) {
    const { chapters, chapterWithRole } = context;
    const findings: LintFinding[] = [];
    for (const required of chaptersEveryStandardHas) {
      const present = chapterWithRole(required.role);
      if (!present) {
        const where: PlacedSection | typeof documentStart = chapters[required.number - 1] ?? chapters.at(-1) ?? documentStart;
        findings.push(
          findingAt(
            where,
            `缺少第${required.number}章“${required.title}”，应补充该章（即使内容为空也应保留）。`,
            `Chapter ${required.number} "${required.english}" (${required.title}) is missing; add it, even when it has nothing to list.`,
          ),
        );
      } else if (required.role !== 'scope' && present.chapterNumber !== required.number) {
        findings.push(
          findingAt(
            present,
            `“${required.title}”应为第${required.number}章，现为第${present.chapterNumber ?? ''}章，请调整章的顺序。`,
            `The chapter "${required.english}" (${required.title}) must be chapter ${required.number} but is chapter ${present.chapterNumber ?? ''}; reorder the chapters.`,
          ),
        );
      }
    }
    return findings;
  },
};
