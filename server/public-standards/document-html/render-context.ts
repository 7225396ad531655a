import type { DocumentNumbering, NumberedElement } from '../../../shared/document/numbering';
import { html, type SafeHtml } from '../html/html-template';
import { elementAnchor } from './element-anchor';

/** A text footnote met while rendering: its number through the document and its text. */
export interface RenderedFootnote {
  number: number;
  text: string;
}

/**
 * What every part of the full text needs: the derived numbers, where figures' images are served, and the footnotes
 * met so far (listed after the text).
 */
export class RenderContext {
  readonly footnotes: RenderedFootnote[] = [];

  constructor(
    readonly numbering: DocumentNumbering,
    /** The public address of a figure's image, or null when the standard has no such image. */
    readonly imageAddress: (imageId: string) => string | null,
  ) {}

  elementAt(position: number): NumberedElement | undefined {
    return this.numbering.byPosition.get(position);
  }

  anchorOf(elementId: unknown): string | null {
    return elementAnchor(elementId);
  }

  /** ` id="e-…"` for an element with a stable id, nothing otherwise. */
  idAttribute(elementId: unknown): SafeHtml {
    const anchor = this.anchorOf(elementId);
    return anchor === null ? html`` : html` id="${anchor}"`;
  }

  addFootnote(text: string): RenderedFootnote {
    const footnote = { number: this.footnotes.length + 1, text };
    this.footnotes.push(footnote);
    return footnote;
  }
}
