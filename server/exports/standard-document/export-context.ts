import { createHash } from 'node:crypto';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { BookmarkEnd, BookmarkStart, Paragraph, type Table } from 'docx';
import type { DocumentNumbering, NumberedElement } from '../../../shared/document/numbering';
import type { FigureImageLookup } from './standard-document-facts';

/** What every writer of a part of the document needs: the numbers, the images, and the footnotes met so far. */
export class ExportContext {
  readonly #footnotes = new Map<number, { children: Paragraph[] }>();
  #drawings = 0;
  #bookmarks = 0;

  constructor(
    readonly document: ProseMirrorNode,
    readonly numbering: DocumentNumbering,
    readonly images: FigureImageLookup,
  ) {}

  /** The numbered element at this position (a clause, table, note…), as the shared numbering derived it. */
  elementAt(position: number): NumberedElement | undefined {
    return this.numbering.byPosition.get(position);
  }

  /** Adds a footnote's paragraphs and returns the id its reference run points at; ids follow document order. */
  addFootnote(children: Paragraph[]): number {
    const id = this.#footnotes.size + 1;
    this.#footnotes.set(id, { children });
    return id;
  }

  /** docx numbers drawings from one counter for the whole process; counting per document keeps the bytes the same. */
  nextDrawingId(): string {
    this.#drawings += 1;
    return String(this.#drawings);
  }

  /**
   * The Word bookmark of an element with a stable id: hidden (a leading underscore), at most 40 characters as Word
   * requires, and derived from the id so the same document always gets the same names.
   */
  bookmarkName(elementId: string): string {
    return `_nd${createHash('sha256').update(elementId).digest('hex').slice(0, 20)}`;
  }

  /** Marks the first paragraph of an element's output with the element's bookmark, so cross-references link to it. */
  anchored<Element extends Paragraph | Table>(node: ProseMirrorNode, elements: Element[]): Element[] {
    const elementId = typeof node.attrs.id === 'string' ? node.attrs.id : '';
    const first = elements.find((element): element is Element & Paragraph => element instanceof Paragraph);
    if (elementId === '' || !first) return elements;
    this.#bookmarks += 1;
    first.addChildElement(new BookmarkStart(this.bookmarkName(elementId), this.#bookmarks));
    first.addChildElement(new BookmarkEnd(this.#bookmarks));
    return elements;
  }

  get footnotes(): Record<string, { children: Paragraph[] }> {
    return Object.fromEntries([...this.#footnotes].map(([id, footnote]) => [String(id), footnote]));
  }
}
