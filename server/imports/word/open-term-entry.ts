import type { JSONContent } from '@tiptap/core';
import { nodeNames } from '../../../shared/editor/node-names';
import { notePattern, sourcePattern, splitTerm } from './classify-paragraph';
import { contentAfterLabel, inlineContentOf, paragraphJson, plainTextNode } from './inline-json';
import { stableId } from './stable-id';
import type { WordParagraph } from './word-blocks';

/** What a paragraph did to the entry: went into it, went into it and ended it (a source), or belongs after it. */
export type TermEntryStep = 'taken' | 'taken-and-closed' | 'not-mine';

/** A term entry being read: "3.1", the term line, the definition, then its notes and source. */
export class OpenTermEntry {
  readonly node: JSONContent = { type: nodeNames.termEntry, attrs: { id: stableId() }, content: [] };
  private expecting: 'term' | 'definition' | 'rest' = 'term';

  constructor(heading: string) {
    if (heading !== '') this.termLine(heading);
  }

  take(paragraph: WordParagraph): TermEntryStep {
    if (this.expecting === 'term') {
      this.termLine(paragraph.text);
      return 'taken';
    }
    if (this.expecting === 'definition') {
      this.node.content?.push({ type: nodeNames.termDefinition, content: inlineContentOf(paragraph.pieces) });
      this.expecting = 'rest';
      return 'taken';
    }
    const note = contentAfterLabel(paragraph.pieces, paragraph.text, notePattern);
    if (note) {
      this.node.content?.push({ type: nodeNames.note, attrs: { id: stableId() }, content: [paragraphJson(note)] });
      return 'taken';
    }
    const source = contentAfterLabel(paragraph.pieces, paragraph.text, sourcePattern);
    if (source) {
      this.node.content?.push({ type: nodeNames.termSource, content: source });
      return 'taken-and-closed';
    }
    return 'not-mine';
  }

  private termLine(line: string): void {
    const { chinese, english } = splitTerm(line);
    this.node.content = [plainTextNode(nodeNames.termChinese, chinese), plainTextNode(nodeNames.termEnglish, english)];
    this.expecting = 'definition';
  }
}
