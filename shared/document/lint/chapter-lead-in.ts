import { nodeNames } from '../../editor/node-names';
import type { LintTarget } from './lint-finding';
import { positionedChildren } from './positioned-children';
import type { SectionIndex } from './section-index';

export interface ChapterLeadIn {
  /** Where the lead-in belongs: the first block after the title, or the chapter itself when there is none. */
  target: LintTarget;
  /** The lead-in's text when that block is a paragraph, otherwise empty. */
  text: string;
}

/** The sentence a chapter such as 术语和定义 or 规范性引用文件 opens with, right after its title. */
export function chapterLeadIn(chapter: SectionIndex): ChapterLeadIn {
  const leadIn = positionedChildren(chapter.itself)[1] ?? null;
  return { target: leadIn ?? chapter.itself, text: leadIn?.node.type.name === nodeNames.paragraph ? leadIn.node.textContent.trim() : '' };
}
