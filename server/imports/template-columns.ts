import type { TemplateTable } from './template-table';

/** What a template column holds; `other` columns (序号, 提出单位, MB/NC, observations, 处理意见, 备注) are not imported. */
export type TemplateField = 'clause' | 'elementReference' | 'line' | 'type' | 'comment' | 'proposedChange' | 'reason' | 'other';

export type TemplateColumns = Partial<Record<Exclude<TemplateField, 'other'>, number>>;

export interface TemplateLayout {
  /** Index in the table of the header row; the comment rows follow it. */
  headerIndex: number;
  columns: TemplateColumns;
}

/** The header is looked for this far down: a 意见汇总表 may start with its title and project lines. */
export const headerSearchDepth = 10;

/**
 * Header texts of the ISO/IEC commenting template (2012-03) and of the national 征求意见汇总表, in the order they
 * are tried: "处理意见" must be known as the secretariat's column before "意见" is taken for the comment.
 */
const headerPatterns: ReadonlyArray<[TemplateField, RegExp]> = [
  ['other', /observation|secretariat|处理|采纳|答复|备注|remark|^mb\/nc|提出单位|^单位|organi[sz]ation|^序号$|^no\.?$|^#$/],
  ['proposedChange', /^proposedchange|^proposal|修改建议|建议修改|^建议/],
  ['type', /^typeofcomment|^type$|类型|类别|性质/],
  ['line', /^line|行号/],
  ['elementReference', /^paragraph|figure|table|段落|图表|^图|^表/],
  ['clause', /clause|^section|章条|章节|条款|条文|条目|条号/],
  ['reason', /^reason|justification|理由|原因|依据/],
  ['comment', /^comment|意见/],
];

/** Case, full-width forms, spaces, line breaks, "(e.g. 3.1)" examples and footnote marks ("Type of comment²") are ignored. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/\([^)]*\)/g, '')
    .replace(/[\d*:：]+$/, '');
}

export function fieldOfHeader(text: string): TemplateField | null {
  const header = normaliseHeader(text);
  if (header === '') return null;
  return headerPatterns.find(([, pattern]) => pattern.test(header))?.[0] ?? null;
}

function columnsOfHeader(cells: string[]): TemplateColumns {
  const columns: TemplateColumns = {};
  cells.forEach((text, index) => {
    const field = fieldOfHeader(text);
    if (field && field !== 'other' && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

/** The first row near the top of the table that names both a clause column and a comment column. */
export function findTemplateLayout(table: TemplateTable): TemplateLayout | null {
  for (const [headerIndex, row] of table.slice(0, headerSearchDepth).entries()) {
    const columns = columnsOfHeader(row.cells);
    if (columns.clause !== undefined && columns.comment !== undefined) return { headerIndex, columns };
  }
  return null;
}
