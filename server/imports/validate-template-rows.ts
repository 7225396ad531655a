import type { z } from 'zod';
import { importRowFields, type ImportRowField, type ImportRowProblem } from '../../shared/api/comment-import';
import { editCommentRequestSchema } from '../../shared/api/comments';
import type { NumberedElement } from '../../shared/document/numbering';
import type { ElementFinder } from '../../shared/document/element-references';
import { commentTypeOfText } from './comment-type-text';
import type { TemplateRow } from './template-rows';

export type CommentFields = z.infer<typeof editCommentRequestSchema>;

export interface ImportableComment {
  row: number;
  clause: NumberedElement & { id: string };
  fields: CommentFields;
}

export interface ValidatedRows {
  comments: ImportableComment[];
  problems: ImportRowProblem[];
}

/** A 意见汇总表 has no type column; its comments are then general ones. */
const typeWithoutTypeColumn = 'ge';

const fieldNames: Record<ImportRowField, string> = {
  clause: 'the clause number',
  type: 'the type of comment',
  comment: 'the comment',
  proposedChange: 'the proposed change',
  reason: 'the reason',
  elementReference: 'the paragraph/figure/table reference',
};

const longestValueShown = 200;

function optionalText(text: string): string | undefined {
  return text === '' ? undefined : text;
}

/** The ISO/IEC template's line number travels with the paragraph/figure/table reference. */
function elementReferenceOf(row: TemplateRow): string {
  return [row.elementReference, row.line === '' ? '' : `line ${row.line}`].filter((part) => part !== '').join(', ');
}

function isImportRowField(value: unknown): value is ImportRowField {
  return importRowFields.some((field) => field === value);
}

/** Checks every row like a single submission (same schema, same limits) and collects every problem of every row. */
export function validateTemplateRows(rows: TemplateRow[], findClause: ElementFinder): ValidatedRows {
  const comments: ImportableComment[] = [];
  const problems: ImportRowProblem[] = [];
  for (const row of rows) {
    const rowProblems: ImportRowProblem[] = [];
    const problem = (field: ImportRowField, reason: ImportRowProblem['reason'], message: string, extra: Pick<ImportRowProblem, 'value' | 'maximumLength'> = {}) =>
      rowProblems.push({ row: row.row, field, reason, ...extra, message: `Row ${row.row}: ${message}` });

    const clause = row.clause === '' ? undefined : findClause(row.clause);
    if (row.clause === '') problem('clause', 'missing', 'the clause number is missing.');
    else if (!clause?.id) problem('clause', 'unknown_clause', `the draft for comment has no clause “${row.clause.slice(0, longestValueShown)}”.`, { value: row.clause.slice(0, longestValueShown) });

    const type = row.type === null ? typeWithoutTypeColumn : commentTypeOfText(row.type);
    if (row.type === '') problem('type', 'missing', 'the type of comment is missing (ge, te or ed).');
    else if (type === null) problem('type', 'invalid_type', `the type of comment “${(row.type ?? '').slice(0, longestValueShown)}” is not ge, te or ed.`, { value: (row.type ?? '').slice(0, longestValueShown) });

    if (row.comment === '') problem('comment', 'missing', 'the comment is missing.');

    const parsed = editCommentRequestSchema.safeParse({
      type: type ?? typeWithoutTypeColumn,
      comment: row.comment,
      proposedChange: optionalText(row.proposedChange),
      reason: optionalText(row.reason),
      elementReference: optionalText(elementReferenceOf(row)),
    });
    for (const issue of parsed.error?.issues ?? []) {
      const field = issue.path[0];
      if (!isImportRowField(field)) throw new Error(`unexpected comment field ${String(field)}`);
      if (issue.code === 'too_big') {
        const maximumLength = Number(issue.maximum);
        problem(field, 'too_long', `${fieldNames[field]} is longer than ${maximumLength} characters.`, { maximumLength });
      } else if (!rowProblems.some((known) => known.field === field)) {
        throw new Error(`unexpected problem with ${field}: ${issue.message}`);
      }
    }

    if (rowProblems.length > 0) problems.push(...rowProblems);
    else if (parsed.success && clause?.id) comments.push({ row: row.row, clause: { ...clause, id: clause.id }, fields: parsed.data });
  }
  return { comments, problems };
}
