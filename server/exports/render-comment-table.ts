import { commentTableContentTypes, type CommentTableFormat } from '../../shared/api/comment-table';
import type { CommentTable } from './comment-table';
import type { CommentTableLayout } from './comment-table-layout';
import { associationLayout } from './association-layout';
import { renderCsvCommentTable } from './csv-comment-table';
import { isoLayout } from './iso-layout';
import { nationalLayout } from './national-layout';
import { renderWordCommentTable } from './word-comment-table';
import { renderXlsxCommentTable } from './xlsx-comment-table';

export interface RenderedCommentTable {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
  /** The same name in plain ASCII, for clients that do not read RFC 5987 `filename*`. */
  asciiFileName: string;
}

interface FormatWriter {
  layout: CommentTableLayout;
  extension: string;
  /** What the file name says the table is. */
  name: string;
  write(layout: CommentTableLayout, table: CommentTable): Promise<Uint8Array> | Uint8Array;
}

const writers: Record<CommentTableFormat, FormatWriter> = {
  docx: { layout: nationalLayout, extension: 'docx', name: '征求意见汇总处理表', write: renderWordCommentTable },
  xlsx: { layout: nationalLayout, extension: 'xlsx', name: '征求意见汇总处理表', write: renderXlsxCommentTable },
  csv: { layout: nationalLayout, extension: 'csv', name: '征求意见汇总处理表', write: renderCsvCommentTable },
  'iso-docx': { layout: isoLayout, extension: 'docx', name: 'ISO comments', write: renderWordCommentTable },
  'association-docx': { layout: associationLayout, extension: 'docx', name: '征求意见处理表（协会格式）', write: renderWordCommentTable },
};

/** Characters no file system takes in a name, and control characters. */
const unsafeFileNameCharacters = /[\\/:*?"<>|\p{Cc}]+/gu;

/** "<standard title> <table name> <checkpoint date>.<extension>" */
function fileNameOf(writer: FormatWriter, table: CommentTable): string {
  const title = table.header.standardTitle.replace(unsafeFileNameCharacters, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${title} ${writer.name} ${table.header.date}.${writer.extension}`;
}

export async function renderCommentTable(format: CommentTableFormat, table: CommentTable): Promise<RenderedCommentTable> {
  const writer = writers[format];
  return {
    bytes: await writer.write(writer.layout, table),
    contentType: commentTableContentTypes[format],
    fileName: fileNameOf(writer, table),
    asciiFileName: `comment-table-${format}-${table.header.date}.${writer.extension}`,
  };
}
