import type { CommentTableRow } from './comment-table';
import type { CommentTableLayout } from './comment-table-layout';
import { englishObservations } from './disposition-wording';

function comments(row: CommentTableRow): string {
  return row.commentReason === '' ? row.comment : `${row.comment}\nReason: ${row.commentReason}`;
}

/**
 * The ISO/IEC commenting template (2012-03). MB/NC holds the commenter's organisation (提出单位); we keep no line
 * numbers, so that column stays empty.
 */
export const isoLayout: CommentTableLayout = {
  title: 'Template for comments and secretariat observations (ISO/IEC 2012-03)',
  headerLanguage: 'bilingual',
  pageFooter: 'english',
  columns: [
    { heading: 'MB/NC¹', weight: 10 },
    { heading: 'Line number', weight: 6 },
    { heading: 'Clause/Subclause', weight: 8 },
    { heading: 'Paragraph/Figure/Table/Note', weight: 10 },
    { heading: 'Type of comment²', weight: 6 },
    { heading: 'Comments', weight: 22 },
    { heading: 'Proposed change', weight: 19 },
    { heading: 'Observations of the secretariat', weight: 19 },
  ],
  cellsOf: (row) => [row.organisation, '', row.clauseNumber, row.elementReference, row.type, comments(row), row.proposedChange, englishObservations(row)],
  notes: [
    '¹ MB = Member body / NC = National Committee; here the commenter’s organisation (提出单位).',
    '² Type of comment: ge = general, te = technical, ed = editorial.',
  ],
};
