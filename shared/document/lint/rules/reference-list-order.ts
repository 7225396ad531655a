import type { DocumentLintRule } from '../lint-rule';
import type { DocumentNumber } from '../document-numbers';
import { placedIn } from '../lint-context';
import { findingAt, type LintFinding } from '../lint-finding';
import { listedDocumentsIn, type ListedDocument } from '../listed-documents';

/**
 * 8.6's order: national, sector, local, group, then ISO/ISO-IEC/IEC, other bodies' documents, and other documents.
 * National and ISO/IEC documents go by number alone; the others by their code first, then by number.
 */
function groupOf(parsed: DocumentNumber | null): number {
  if (!parsed) return 6;
  const prefix = parsed.prefix;
  if (/^GB(?:\/[TZ])?$/.test(prefix)) return 0;
  if (/^DB\d{2}/.test(prefix)) return 2;
  if (/^T\/[A-Z]{2,6}$/.test(prefix)) return 3;
  if (/^(?:ISO|IEC)/.test(prefix)) return 4;
  if (/^(?:[A-Z]{2,4}\/[TZ]|JJ[FG])$/.test(prefix)) return 1;
  return 5;
}

const groupNames = [
  { zh: '国家标准', en: 'national standards' },
  { zh: '行业标准', en: 'sector standards' },
  { zh: '地方标准', en: 'local standards' },
  { zh: '团体标准', en: 'group standards' },
  { zh: 'ISO、IEC文件', en: 'ISO and IEC documents' },
  { zh: '其他机构的标准化文件', en: "other bodies' standards" },
  { zh: '其他文件', en: 'other documents' },
];

function numberParts(number: string): number[] {
  return number.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
}

function compareNumbers(first: string, second: string): number {
  const a = numberParts(first);
  const b = numberParts(second);
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const difference = (a[index] ?? -1) - (b[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Negative when `first` belongs before `second`. */
function compareEntries(first: ListedDocument, second: ListedDocument): number {
  const group = groupOf(first.parsed) - groupOf(second.parsed);
  if (group !== 0 || !first.parsed || !second.parsed) return group;
  const byCode = groupOf(first.parsed) === 0 || groupOf(first.parsed) === 4 ? 0 : first.parsed.prefix.localeCompare(second.parsed.prefix);
  return byCode !== 0 ? byCode : compareNumbers(first.parsed.number, second.parsed.number);
}

export const referenceListOrder: DocumentLintRule = {
  id: 'reference-list-order',
  severity: 'warning',
  source: 'GB/T 1.1-2020 8.6',
  description: {
    zh: '规范性引用文件按国家标准、行业标准、地方标准、团体标准、ISO/IEC文件、其他机构的文件、其他文件的顺序排列，同类按代号和顺序号排列。',
    en: 'The normative references are ordered national, sector, local, group standards, ISO/IEC documents, other bodies’ documents, other documents, and within each by code and number.',
  },
  checkDocument(context) {
    const chapter = context.chapterWithRole('normativeReferences');
    if (!chapter) return [];
    const entries = listedDocumentsIn(chapter.index);
    const findings: LintFinding[] = [];
    for (let index = 1; index < entries.length; index += 1) {
      const previous = entries[index - 1];
      const current = entries[index];
      if (!previous || !current || compareEntries(previous, current) <= 0) continue;
      const sameGroup = groupOf(previous.parsed) === groupOf(current.parsed);
      const group = groupNames[groupOf(current.parsed)] ?? { zh: '', en: '' };
      findings.push(
        findingAt(
          placedIn(chapter, current.entry),
          sameGroup
            ? `“${current.documentNumber}”应排在“${previous.documentNumber}”之前：同类文件按代号和顺序号排列。`
            : `“${current.documentNumber}”属于${group.zh}，应排在“${previous.documentNumber}”之前。`,
          sameGroup
            ? `"${current.documentNumber}" belongs before "${previous.documentNumber}": documents of one kind go by code and number.`
            : `"${current.documentNumber}" is one of the ${group.en} and belongs before "${previous.documentNumber}".`,
        ),
      );
      break;
    }
    return findings;
  },
};
