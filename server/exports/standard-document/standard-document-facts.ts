import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { ProjectCoverFacts } from '../../../shared/document/project-cover-fields';

/** A figure image as stored: its detected content type and its bytes. */
export interface FigureImage {
  contentType: string;
  bytes: Uint8Array;
}

/** Finds an image of this standard by id; undefined for an unknown id or another standard's image. */
export type FigureImageLookup = (imageId: string) => FigureImage | undefined;

/** Everything the .docx of a standard is made from. */
export interface StandardDocumentFacts {
  /** The live draft or a frozen version, as ProseMirror holds it. */
  document: ProseMirrorNode;
  /** The project record (or, for a version, the metadata frozen with it): they own the title and the number. */
  project: ProjectCoverFacts;
  /** Stamped into the package's properties and zip entries; a version's own date keeps its file byte-stable. */
  documentDate: Date;
  /** The body's time zone, for the zip entries' local timestamps. */
  timeZone: string;
  images: FigureImageLookup;
  /**
   * The GB/T layout (cover, 目次, front matter, end line) unless set: a 编制说明 is printed with its title on top of
   * the first page and page numbers only.
   */
  titledLayout?: { title: string };
}
