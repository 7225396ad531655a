import type { JSONContent } from '@tiptap/core';
import { nodeNames } from '../../../shared/editor/node-names';
import { paragraphJson } from './inline-json';

export interface StandardParts {
  coverFields: Record<string, string>;
  foreword: JSONContent | null;
  introduction: JSONContent | null;
  chapters: readonly JSONContent[];
  annexes: readonly JSONContent[];
  bibliography: JSONContent | null;
}

/** 前言 and 引言 open with a paragraph: the schema asks for one before any list or note. */
function withParagraph(section: JSONContent): JSONContent {
  const content = section.content ?? [];
  return content[0]?.type === nodeNames.paragraph ? section : { ...section, content: [paragraphJson([]), ...content] };
}

/** The document in the order GB/T 1.1 gives its parts: cover, 前言, 引言, chapters, annexes, 参考文献. */
export function assembleStandardDocument(parts: StandardParts): JSONContent {
  const content: JSONContent[] = [{ type: nodeNames.cover, attrs: parts.coverFields }];
  for (const section of [parts.foreword, parts.introduction]) if (section) content.push(withParagraph(section));
  content.push(...parts.chapters, ...parts.annexes);
  if (parts.bibliography) content.push(parts.bibliography);
  return { type: nodeNames.document, content };
}
