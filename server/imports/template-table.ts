/** One row of a table in an uploaded file: its number as the person sees it, and the text of each grid column. */
export interface TemplateTableRow {
  number: number;
  cells: string[];
}

export type TemplateTable = TemplateTableRow[];
