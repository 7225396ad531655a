import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { WordImportReport } from '../../shared/api/word-import';
import { lintDocument } from '../../shared/document/lint/lint-document';
import type { CoverMetadata } from '../../shared/editor/preliminary-nodes';
import { nodeNames } from '../../shared/editor/node-names';
import type { ImageRecord } from '../db/repos/images';
import { documentSchema } from '../documents/document-schema';
import { parseWordDocument } from '../imports/word/parse-word-document';
import type { WordImportLimits } from '../imports/word/word-import';
import { wordFileRefused } from '../imports/word/word-file-refused';
import { importedFigureImages } from './imported-figure-images';

export interface PreparedWordImport {
  /** The draft, checked against the schema. */
  document: ProseMirrorNode;
  cover: Partial<CoverMetadata>;
  images: ImageRecord[];
  report: Omit<WordImportReport, 'findings'>;
}

function coverOf(json: JSONContent): Partial<CoverMetadata> {
  const cover = json.content?.find((node) => node.type === nodeNames.cover);
  return (cover?.attrs ?? {}) as Partial<CoverMetadata>;
}

/** Reads the file into a checked draft and its figure images; nothing is stored yet. */
export async function prepareWordImport(bytes: Uint8Array, limits: WordImportLimits, standardId: string, uploadedBy: string, now: Date): Promise<PreparedWordImport> {
  const parsed = await parseWordDocument(bytes, limits);
  const figures = await importedFigureImages(parsed.document, parsed.images, standardId, uploadedBy, now);
  let document: ProseMirrorNode;
  try {
    document = documentSchema.nodeFromJSON(figures.document);
    document.check();
  } catch (error) {
    throw wordFileRefused(
      '文件的结构无法整理成标准草案，未导入。请把文件另存为 .docx 后重试；如仍不行，请把文件发给站点管理员。',
      `The file's structure could not be made into a draft (${error instanceof Error ? error.message : 'unknown problem'}); nothing was imported.`,
    );
  }
  return { document, cover: coverOf(figures.document), images: figures.records, report: { mapped: parsed.mapped, notMapped: [...parsed.notMapped, ...figures.notes] } };
}

/** The import report with the structure checker's findings on the draft as it will be stored. */
export function reportWithFindings(prepared: PreparedWordImport, document: ProseMirrorNode): WordImportReport {
  const findings = lintDocument(document).map(({ ruleId, severity, message, targetId }) => ({ ruleId, severity, message, targetId }));
  return { ...prepared.report, findings };
}
