import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration } from '@tiptap/pm/view';
import { nodeNames } from '../../../../shared/editor/node-names';
import type { DerivedTexts } from './derived-texts';
import { forewordSentences } from './foreword-sentences';

function forewordEnd(standard: ProseMirrorNode): number | null {
  let end: number | null = null;
  standard.forEach((child, offset) => {
    if (child.type.name === nodeNames.foreword) end = offset + child.nodeSize - 1;
  });
  return end;
}

/** The cover-derived sentences shown after the typed paragraphs of the 前言; never part of the document. */
export function forewordSentencesWidget(standard: ProseMirrorNode, texts: DerivedTexts): Decoration | null {
  const cover = standard.firstChild;
  if (cover?.type.name !== nodeNames.cover) return null;
  const sentences = forewordSentences(cover.attrs);
  const position = forewordEnd(standard);
  if (sentences.length === 0 || position === null) return null;
  return Decoration.widget(
    position,
    () => {
      const container = document.createElement('div');
      container.className = 'nd-foreword-generated';
      container.contentEditable = 'false';
      container.dataset.testid = 'foreword-generated';
      container.title = texts.generatedFromCover;
      for (const sentence of sentences) {
        const paragraph = document.createElement('p');
        paragraph.textContent = sentence;
        container.append(paragraph);
      }
      return container;
    },
    { side: 1, ignoreSelection: true, key: `foreword:${sentences.join('|')}:${texts.generatedFromCover}` },
  );
}
