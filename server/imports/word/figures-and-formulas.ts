import type { JSONContent } from '@tiptap/core';
import { nodeNames } from '../../../shared/editor/node-names';
import { figureTitlePattern, notePattern, tidy } from './classify-paragraph';
import { contentAfterLabel, inlineContentOf, paragraphJson, plainTextNode } from './inline-json';
import { stableId } from './stable-id';
import type { WordBlock, WordParagraph } from './word-blocks';

/** "式中：P——功率，…" right after a formula, and the symbol lines after it ("U——电压，…"). */
const formulaExplanationPattern = /^式中[：:][\s\u3000]*(.*)$/s;
const symbolLinePattern = /^[^\s\u3000，。；]{1,12}[\s\u3000]*——/;

/** A table or figure title line ("图1 试验流程") without its number. */
export function titleAfterNumber(text: string, pattern: RegExp): string | null {
  const found = pattern.exec(tidy(text));
  return found ? tidy(found[1] ?? '') : null;
}

/** Adds the paragraph to the "式中：" of the formula just read, or starts it; false when it is no such line. */
export function appendFormulaExplanationLine(paragraph: WordParagraph, target: JSONContent[]): boolean {
  const last = target.at(-1);
  const opening = last?.type === nodeNames.formula ? contentAfterLabel(paragraph.pieces, paragraph.text, formulaExplanationPattern) : null;
  if (opening) {
    target.push({ type: nodeNames.formulaExplanation, content: [paragraphJson(opening)] });
    return true;
  }
  if (last?.type === nodeNames.formulaExplanation && symbolLinePattern.test(tidy(paragraph.text))) {
    last.content?.push(paragraphJson(inlineContentOf(paragraph.pieces)));
    return true;
  }
  return false;
}

/** An equation paragraph: its words (if any) as a paragraph, then the formula, numbered when a "(n)" follows it. */
export function appendFormula(paragraph: WordParagraph, target: JSONContent[]): void {
  const rest = tidy(paragraph.text);
  const number = /[（(]\s*(?:[A-Z]\.)?\d{1,3}\s*[)）]$/.exec(rest);
  const words = (number ? rest.slice(0, number.index) : rest).trim();
  if (words !== '') target.push(paragraphJson(inlineContentOf(paragraph.pieces)));
  target.push(plainTextNode(nodeNames.formula, paragraph.formula ?? '', { id: stableId(), numbered: number !== null }));
}

/**
 * The figures of a paragraph holding images at `index`, with the notes and the "图n 标题" line that follow it;
 * returns how many following blocks it used.
 */
export function appendFigures(blocks: readonly WordBlock[], paragraph: WordParagraph, imageIds: string[], index: number, target: JSONContent[]): number {
  const words = tidy(paragraph.text);
  if (words !== '' && titleAfterNumber(words, figureTitlePattern) === null) target.push(paragraphJson(inlineContentOf(paragraph.pieces)));
  // 图注 stand between the image and its title; they belong to the figure only when the title follows them.
  const notes: JSONContent[] = [];
  let cursor = index + 1;
  for (let block = blocks[cursor]; block?.kind === 'paragraph'; block = blocks[cursor]) {
    const note = contentAfterLabel(block.pieces, block.text, notePattern);
    if (!note) break;
    notes.push({ type: nodeNames.note, attrs: { id: stableId() }, content: [paragraphJson(note)] });
    cursor += 1;
  }
  const next = blocks[cursor];
  const nextTitle = next?.kind === 'paragraph' ? titleAfterNumber(next.text, figureTitlePattern) : null;
  const figureNotes = nextTitle === null ? [] : notes;
  const ownTitle = titleAfterNumber(words, figureTitlePattern);
  imageIds.forEach((imageId, position) => {
    const last = position === imageIds.length - 1;
    const title = last ? (nextTitle ?? ownTitle ?? '') : '';
    target.push({ type: nodeNames.figure, attrs: { id: stableId(), imageId, alternativeText: title }, content: [plainTextNode(nodeNames.figureTitle, title), ...(last ? figureNotes : [])] });
  });
  return nextTitle !== null ? cursor - index : 0;
}
