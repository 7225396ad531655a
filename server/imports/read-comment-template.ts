import type { CommentImportFileKind } from '../../shared/api/comment-import';
import { readDocxTables } from './docx-tables';
import { templateRowsOf, type TemplateRow } from './template-rows';
import { readXlsxFirstSheet } from './xlsx-sheet';

/** The comment rows of an uploaded ISO/IEC commenting template or 意见汇总表, as text. */
export async function readCommentTemplate(bytes: Uint8Array, kind: CommentImportFileKind): Promise<TemplateRow[]> {
  const tables = kind === 'docx' ? await readDocxTables(bytes) : [await readXlsxFirstSheet(bytes)];
  return templateRowsOf(tables);
}
