import type { JSONContent } from '@tiptap/core';
import { appendToNodeWithId, replaceNodeWithId } from '../../../helpers/edit-standard-json';
import { createLargeStandardJson } from '../../../helpers/large-standard';
import { clause, paragraph, termEntry } from '../../../helpers/standard-builder';

export const textEditedClauseIds = Array.from({ length: 10 }, (_, chapter) => [`clause-${chapter}-1-0`, `clause-${chapter}-5-0`]).flat();
export const editedTableIds = ['clause-0-0-0-table', 'clause-0-3-0-table'];
export const removedClauseIds = ['clause-10-2-3', 'clause-10-4-3', 'clause-10-8-1'];
export const addedIds = ['chapter-inserted', 'clause-9-0-new', 'term-new'];
export const movedIds = ['clause-8-9', 'clause-7-0-0'];

/** The standard of the timing brief: 15 chapters of 50 clauses and 40 tables, about 700 compared entries. */
export function largeStandard(): JSONContent {
  return createLargeStandardJson({ chapters: 15, clausesPerChapter: 50, tables: 40 });
}

function editFirstParagraph(node: JSONContent): JSONContent[] {
  const [title, first, ...rest] = node.content ?? [];
  const text = first?.content?.[0]?.text ?? '';
  return [{ ...node, content: [title ?? {}, paragraph(text.replace('规定的环境条件', '标准大气条件')), ...rest] }];
}

function editFirstDataCell(table: JSONContent): JSONContent[] {
  const [title, grid, ...rest] = table.content ?? [];
  const rows = (grid?.content ?? []).map((row, index) =>
    index === 1 ? { ...row, content: (row.content ?? []).map((cell, column) => (column === 1 ? { ...cell, content: [paragraph('≥999 mm')] } : cell)) } : row,
  );
  return [{ ...table, content: [title ?? {}, { ...grid, content: rows }, ...rest] }];
}

function removeNode(json: JSONContent, id: string): JSONContent {
  return replaceNodeWithId(json, id, () => []);
}

/** Moves a node to the end of another one (a chapter or clause). */
function moveNode(json: JSONContent, id: string, newParentId: string): JSONContent {
  let moved: JSONContent | null = null;
  const without = replaceNodeWithId(json, id, (node) => {
    moved = node;
    return [];
  });
  return moved === null ? json : appendToNodeWithId(without, newParentId, moved);
}

/**
 * 31 edits: 20 paragraphs reworded, 2 table cells, 3 clauses deleted, a chapter inserted before chapter 7
 * (renumbering everything after it), a clause and a term entry added, a clause group moved to another chapter
 * and a clause moved to the end of its siblings.
 */
export function editLargeStandard(original: JSONContent): JSONContent {
  let json = original;
  for (const id of textEditedClauseIds) json = replaceNodeWithId(json, id, editFirstParagraph);
  for (const id of editedTableIds) json = replaceNodeWithId(json, id, editFirstDataCell);
  for (const id of removedClauseIds) json = removeNode(json, id);
  json = replaceNodeWithId(json, 'chapter-3', (node) => [clause('chapter-inserted', '安全要求', paragraph('产品应符合相关安全标准的要求。')), node]);
  json = appendToNodeWithId(json, 'clause-9-0', clause('clause-9-0-new', '补充要求', paragraph('补充试验按相关规定进行。')));
  json = appendToNodeWithId(json, 'chapter-terms', termEntry({ id: 'term-new', chinese: '样品', english: 'sample', definition: '用于试验的产品' }));
  json = moveNode(json, 'clause-8-9', 'chapter-7');
  json = moveNode(json, 'clause-7-0-0', 'clause-7-0');
  return json;
}
