import type { LintResponse, OutlineResponse } from '../../../shared/api/document-structure';

export interface StructureErrorSummary {
  count: number;
  /** The first few errors, each with the number of the clause it is in when the outline names it. */
  first: Array<{ clauseNumber: string | null; message: LintResponse['issues'][number]['message'] }>;
}

/** The open structure errors (not warnings) of a draft, counted, with the first `limit` of them named by clause. */
export function summariseStructureErrors(report: LintResponse, outline: OutlineResponse, limit = 5): StructureErrorSummary {
  const numbers = new Map(outline.items.flatMap((item) => (item.id !== null ? [[item.id, item.number] as const] : [])));
  const errors = report.issues.filter((issue) => issue.severity === 'error');
  return {
    count: errors.length,
    first: errors.slice(0, limit).map((issue) => ({ clauseNumber: issue.targetId !== null ? (numbers.get(issue.targetId) ?? null) : null, message: issue.message })),
  };
}
