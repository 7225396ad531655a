import { getSchema } from '@tiptap/core';
import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { expect } from 'vitest';
import { numberDocument } from '../../../../shared/document/numbering';
import { createDocumentExtensions } from '../../../../shared/editor/document-extensions';
import type { StructurePlanner } from '../../../../client/editor/structure/structure-change';
import { transactionFor } from '../../../../client/editor/structure/structure-change';

export const schema = getSchema(createDocumentExtensions());

export function paragraph(text = ''): JSONContent {
  return text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' };
}

/** A clause whose id is its title, so expectations read like the outline. */
export function clause(title: string, ...children: JSONContent[]): JSONContent {
  return { type: 'clause', attrs: { id: title }, content: [{ type: 'clauseTitle', content: title ? [{ type: 'text', text: title }] : [] }, ...children] };
}

export function annex(title: string, ...children: JSONContent[]): JSONContent {
  return { type: 'annex', attrs: { id: title }, content: [{ type: 'annexTitle', content: [{ type: 'text', text: title }] }, ...children] };
}

export function documentOf(...children: JSONContent[]): ProseMirrorNode {
  const document = schema.nodeFromJSON({ type: 'doc', content: [{ type: 'foreword', content: [paragraph('前言')] }, ...children] });
  document.check();
  return document;
}

/** 1 范围; 2 要求 with 2.1, 2.2 (2.2.1, 2.2.2) and 2.3; 3 试验方法; 附录A with A.1 and A.2. */
export function sampleDocument(): ProseMirrorNode {
  return documentOf(
    clause('范围', paragraph('范围正文')),
    clause(
      '要求',
      clause('一般要求', paragraph('一般要求正文')),
      clause('性能', paragraph('性能正文'), clause('强度', paragraph('强度正文')), clause('硬度', paragraph('硬度正文'))),
      clause('标志', paragraph('标志正文')),
    ),
    clause('试验方法', paragraph('试验方法正文')),
    annex('资料性附录', clause('示例数据', paragraph('示例数据正文')), clause('计算', paragraph('计算正文'))),
  );
}

export const sampleOutline = ['1 范围', '2 要求', '2.1 一般要求', '2.2 性能', '2.2.1 强度', '2.2.2 硬度', '2.3 标志', '3 试验方法', '附录A 资料性附录', 'A.1 示例数据', 'A.2 计算'];

/** The first position inside the first textblock whose text is `text` (a title or a paragraph). */
export function positionInText(document: ProseMirrorNode, text: string): number {
  let found = -1;
  document.descendants((node, position) => {
    if (found >= 0) return false;
    if (node.isTextblock && node.textContent === text) found = position + 1;
    return found < 0;
  });
  if (found < 0) throw new Error(`No textblock reads "${text}"`);
  return found;
}

export function stateWithCursorIn(document: ProseMirrorNode, text: string): EditorState {
  return EditorState.create({ doc: document, selection: TextSelection.create(document, positionInText(document, text)) });
}

/** Runs a planner on a state whose cursor is in `text`; fails the test when the command cannot run. */
export function run(planner: StructurePlanner, document: ProseMirrorNode, text: string): EditorState {
  const state = stateWithCursorIn(document, text);
  const transaction = transactionFor(state, planner);
  expect(transaction, `the command should apply with the cursor in "${text}"`).not.toBeNull();
  const next = state.apply(transaction!);
  expectValid(next.doc);
  return next;
}

export function cannotRun(planner: StructurePlanner, document: ProseMirrorNode, text: string): void {
  expect(transactionFor(stateWithCursorIn(document, text), planner)).toBeNull();
}

/** "4.1 标题" for every clause and annex, in document order. */
export function outlineLines(document: ProseMirrorNode): string[] {
  return numberDocument(document)
    .elements.filter((element) => element.kind === 'clause' || element.kind === 'annex')
    .map((element) => `${element.label} ${element.title}`.trim());
}

export function clauseIds(document: ProseMirrorNode): string[] {
  return numberDocument(document)
    .elements.filter((element) => element.kind === 'clause' || element.kind === 'annex')
    .flatMap((element) => (element.id ? [element.id] : []));
}

export function expectValid(document: ProseMirrorNode): void {
  expect(() => document.check()).not.toThrow();
  const ids = clauseIds(document);
  expect(new Set(ids).size).toBe(ids.length);
}

/** The text of the textblock that holds the cursor. */
export function cursorText(state: EditorState): string {
  return state.selection.$from.parent.textContent;
}
