import * as Y from 'yjs';
import { collaborationFragmentName } from '../../shared/editor/document-extensions';

function firstParagraphOfChapter(document: Y.Doc, chapterTitle: string): Y.XmlElement {
  const fragment = document.getXmlFragment(collaborationFragmentName);
  for (const node of fragment.toArray()) {
    if (!(node instanceof Y.XmlElement) || node.nodeName !== 'clause') continue;
    const children = node.toArray();
    const title = children[0];
    if (!(title instanceof Y.XmlElement) || title.toArray().map((text) => text.toString()).join('') !== chapterTitle) continue;
    const paragraph = children.find((child): child is Y.XmlElement => child instanceof Y.XmlElement && child.nodeName === 'paragraph');
    if (!paragraph) throw new Error(`chapter ${chapterTitle} has no paragraph`);
    return paragraph;
  }
  throw new Error(`no chapter titled ${chapterTitle}`);
}

/** The XmlText of the chapter's first paragraph to type into, created when the paragraph is still empty. */
export function paragraphTextOfChapter(document: Y.Doc, chapterTitle: string): Y.XmlText {
  const paragraph = firstParagraphOfChapter(document, chapterTitle);
  const existing = paragraph.get(0);
  if (existing instanceof Y.XmlText) return existing;
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  return text;
}

/** The plain text of the chapter's first paragraph, read without changing anything. */
export function readParagraphOfChapter(document: Y.Doc, chapterTitle: string): string {
  return firstParagraphOfChapter(document, chapterTitle)
    .toArray()
    .map((child) => (child instanceof Y.XmlText ? child.toString() : ''))
    .join('');
}

export function chapterTitles(document: Y.Doc): string[] {
  return document
    .getXmlFragment(collaborationFragmentName)
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'clause')
    .map((clause) => {
      const title = clause.get(0);
      return title instanceof Y.XmlElement ? title.toArray().map((text) => text.toString()).join('') : '';
    });
}
