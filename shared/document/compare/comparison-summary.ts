import type { ClauseComparison, ComparisonResponse } from '../../api/versions';

type Summary = ComparisonResponse['summary'];
type Counts = Omit<Summary, 'text'>;

function englishSummary(counts: Counts): string {
  const clauses = counts.changed === 1 ? 'clause' : 'clauses';
  return `${counts.changed} ${clauses} changed, ${counts.added} added, ${counts.removed} removed, ${counts.moved} moved, ${counts.renumbered} renumbered`;
}

function chineseSummary(counts: Counts): string {
  return `${counts.changed} 条变更，${counts.added} 条新增，${counts.removed} 条删除，${counts.moved} 条移动，${counts.renumbered} 条重新编号`;
}

/** How many entries changed in each way, and the same as one sentence in Chinese and in English. */
export function summarizeComparison(clauses: readonly ClauseComparison[]): Summary {
  const counts: Counts = { changed: 0, added: 0, removed: 0, moved: 0, renumbered: 0 };
  for (const clause of clauses) if (clause.change !== 'unchanged') counts[clause.change] += 1;
  const nothingChanged = Object.values(counts).every((count) => count === 0);
  return {
    ...counts,
    text: nothingChanged ? { zh: '无变化', en: 'No changes' } : { zh: chineseSummary(counts), en: englishSummary(counts) },
  };
}
