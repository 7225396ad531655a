import type { JSONContent } from '@tiptap/core';
import { maximumImageBytes } from '../../../shared/api/images';
import type { MappedElementKind, WordImportNote } from '../../../shared/api/word-import';

/** What the importer may read from one file; the defaults are in the README. */
export interface WordImportLimits {
  /** The .docx itself. */
  maximumFileBytes: number;
  /** word/document.xml and each other XML part, uncompressed. */
  maximumPartBytes: number;
  maximumParagraphs: number;
  /** One embedded image, the figure upload's limit (larger ones are listed in the report and left out). */
  maximumImageBytes: number;
  maximumImages: number;
}

export const defaultWordImportLimits: WordImportLimits = {
  maximumFileBytes: 40 * 1024 * 1024,
  maximumPartBytes: 30 * 1024 * 1024,
  maximumParagraphs: 20_000,
  maximumImageBytes,
  maximumImages: 300,
};

/** An embedded image the figure at `placeholderId` shows; the command stores it and puts the stored id in place. */
export type { MappedElementKind, WordImportNote };

export interface ImportedImage {
  placeholderId: string;
  bytes: Uint8Array;
}

/** A .docx read into the document model: a whole draft (cover, 前言 … 参考文献) as ProseMirror JSON. */
export interface ParsedWordDocument {
  document: JSONContent;
  images: ImportedImage[];
  mapped: Record<MappedElementKind, number>;
  notMapped: WordImportNote[];
}
