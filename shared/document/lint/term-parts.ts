import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../editor/node-names';

export interface TermParts {
  chinese: string;
  english: string;
  definition: ProseMirrorNode | null;
}

/** The Chinese term, English equivalent and definition of a term entry, trimmed. */
export function termPartsOf(entry: ProseMirrorNode): TermParts {
  const parts: TermParts = { chinese: '', english: '', definition: null };
  for (let childIndex = 0; childIndex < entry.childCount; childIndex += 1) {
    const child = entry.child(childIndex);
    if (child.type.name === nodeNames.termChinese) parts.chinese = child.textContent.trim();
    else if (child.type.name === nodeNames.termEnglish) parts.english = child.textContent.trim();
    else if (child.type.name === nodeNames.termDefinition) parts.definition = child;
  }
  return parts;
}
