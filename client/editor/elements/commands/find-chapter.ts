import type { Node as ProseMirrorNode, ResolvedPos } from '@tiptap/pm/model';
import { nodeNames } from '../../../../shared/editor/node-names';

export const termsChapterTitle = '术语和定义';
export const normativeReferencesChapterTitle = '规范性引用文件';

/** Position of the first chapter whose title is `title` (ignoring spaces), or null. */
export function findChapter(document: ProseMirrorNode, title: string): number | null {
  let found: number | null = null;
  document.forEach((child, offset) => {
    if (found !== null || child.type.name !== nodeNames.clause) return;
    const childTitle = child.firstChild?.type.name === nodeNames.clauseTitle ? child.firstChild.textContent : '';
    if (childTitle.replace(/\s/g, '') === title) found = offset;
  });
  return found;
}

/** Whether `position` lies inside the top-level node that starts at `chapterPosition`. */
export function isInsideChapter(position: ResolvedPos, chapterPosition: number): boolean {
  return position.depth >= 1 && position.before(1) === chapterPosition;
}
