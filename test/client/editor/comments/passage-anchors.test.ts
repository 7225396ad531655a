import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { initProseMirrorDoc, prosemirrorJSONToYDoc, updateYFragment } from '@tiptap/y-tiptap';
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Comment } from '../../../../shared/api/comments';
import { numberDocument } from '../../../../shared/document/numbering';
import { collaborationFragmentName } from '../../../../shared/editor/document-extensions';
import { commentableNodes } from '../../../../client/editor/comments/commented-nodes';
import { resolvePassage } from '../../../../client/editor/comments/resolve-passage';
import type { YjsBinding } from '../../../../client/editor/comments/yjs-binding';
import { anchorPassageInVersion } from '../../../../server/documents/passage-anchor';
import { planInsertClauseAfter } from '../../../../client/editor/structure/insert-clause';
import { planMoveClauseDown, planMoveClauseTo, planMoveClauseUp } from '../../../../client/editor/structure/move-clause';
import { transactionFor } from '../../../../client/editor/structure/structure-change';
import { clause, documentOf, paragraph, positionInText, run, schema } from '../structure/structure-fixtures';

const passage = '外壳应能承受 10 N 的推力';
const commentedText = `充电器的${passage}，不应产生裂纹。`;

/** 1 范围; 2 要求 with 2.1 一般要求 (the commented clause) and 2.2 标志; 3 试验方法. */
function draftUnderComment(): ProseMirrorNode {
  return documentOf(
    clause('范围', paragraph('本文件规定了电动自行车充电器的安全要求。')),
    clause('要求', paragraph('充电器应符合本章的要求。'), clause('一般要求', paragraph(commentedText)), clause('标志', paragraph('标志正文'))),
    clause('试验方法', paragraph('试验方法正文')),
  );
}

type Anchor = NonNullable<Comment['anchor']>;

/** The anchor the server stores for a passage selected in the frozen version (positions in the document it serves). */
function anchorOnFrozenCopy(frozenState: Uint8Array, quote: string): Anchor {
  const frozen = new Y.Doc();
  Y.applyUpdate(frozen, frozenState);
  const { doc } = initProseMirrorDoc(frozen.getXmlFragment(collaborationFragmentName), schema);
  const from = positionInText(doc, commentedText) + commentedText.indexOf(quote);
  const anchor = anchorPassageInVersion(frozenState, '一般要求', from, from + quote.length);
  expect(anchor.quote).toBe(quote);
  return anchor;
}

/** The live draft as a drafter's editor holds it: a ProseMirror document bound to the Y.Doc, edited through the binding. */
class LiveDraft {
  readonly document: Y.Doc;
  readonly fragment: Y.XmlFragment;
  private bound: ReturnType<typeof initProseMirrorDoc>;

  constructor(initial: ProseMirrorNode) {
    this.document = prosemirrorJSONToYDoc(schema, initial.toJSON(), collaborationFragmentName);
    this.fragment = this.document.getXmlFragment(collaborationFragmentName);
    this.bound = initProseMirrorDoc(this.fragment, schema);
  }

  get doc(): ProseMirrorNode {
    return this.bound.doc;
  }

  /** Writes a new ProseMirror document into Yjs the way the editor binding does after a local edit. */
  edit(next: ProseMirrorNode): void {
    updateYFragment(this.document, this.fragment, next, this.bound.meta);
    this.bound = { ...this.bound, doc: next };
  }

  /** What a second participant sees: a fresh rendering of the Y.Doc with its own mapping. */
  rendered(): { doc: ProseMirrorNode; binding: YjsBinding } {
    const fresh = initProseMirrorDoc(this.fragment, schema);
    return { doc: fresh.doc, binding: { document: this.document, fragment: this.fragment, mapping: fresh.mapping } };
  }

  binding(): YjsBinding {
    return { document: this.document, fragment: this.fragment, mapping: this.bound.meta.mapping };
  }

  insertText(before: string, text: string): void {
    const at = positionInText(this.doc, before);
    this.edit(EditorState.create({ doc: this.doc }).tr.insertText(text, at).doc);
  }
}

function resolvedText(doc: ProseMirrorNode, binding: YjsBinding, anchor: Anchor): { text: string | null; clauseNumber: string | undefined } {
  const commented = commentableNodes(doc).get('一般要求');
  const range = commented ? resolvePassage(doc, binding, commented, anchor) : null;
  return { text: range ? doc.textBetween(range.from, range.to) : null, clauseNumber: numberDocument(doc).byId.get('一般要求')?.label };
}

/** Checks the passage both in the drafter's own editor and as another participant renders the same Y.Doc. */
function expectPassage(live: LiveDraft, anchor: Anchor, text: string | null, clauseNumber: string): void {
  expect(resolvedText(live.doc, live.binding(), anchor)).toEqual({ text, clauseNumber });
  const other = live.rendered();
  expect(resolvedText(other.doc, other.binding, anchor)).toEqual({ text, clauseNumber });
}

describe('a passage anchored on the frozen 征求意见稿, resolved in the live draft', () => {
  let live: LiveDraft;
  let anchor: Anchor;

  beforeEach(() => {
    live = new LiveDraft(draftUnderComment());
    anchor = anchorOnFrozenCopy(Y.encodeStateAsUpdate(live.document), passage);
  });

  it('is the same text before anything changes', () => {
    expectPassage(live, anchor, passage, '2.1');
  });

  it('stays on its text after a clause is inserted before its clause, which renumbers it', () => {
    const state = run(planInsertClauseAfter, live.doc, '范围');
    live.edit(state.doc);
    expectPassage(live, anchor, passage, '3.1');
  });

  it('stays on its text after text is typed before it, after it and in the clause title', () => {
    live.insertText(commentedText, '在正常使用条件下，');
    live.insertText('一般要求', '通用');
    const paragraphText = live.doc.nodeAt(positionInText(live.doc, `在正常使用条件下，${commentedText}`) - 1)?.textContent ?? '';
    const end = positionInText(live.doc, paragraphText) + paragraphText.length;
    live.edit(EditorState.create({ doc: live.doc }).tr.insertText('（见附录A）', end).doc);
    expectPassage(live, anchor, passage, '2.1');
  });

  it('keeps text typed right before or right after the passage outside it', () => {
    const start = positionInText(live.doc, commentedText) + commentedText.indexOf(passage);
    live.edit(EditorState.create({ doc: live.doc }).tr.insertText('其', start).doc);
    live.edit(EditorState.create({ doc: live.doc }).tr.insertText('（静态）', start + 1 + passage.length).doc);
    expectPassage(live, { ...anchor, quote: '' }, passage, '2.1');
  });

  it('takes in text typed inside the passage', () => {
    const inside = positionInText(live.doc, commentedText) + commentedText.indexOf('10 N');
    live.edit(EditorState.create({ doc: live.doc }).tr.insertText('至少 ', inside).doc);
    expectPassage(live, anchor, '外壳应能承受 至少 10 N 的推力', '2.1');
  });

  it('stays on its text after its clause is moved down, moved up and dragged to another chapter', () => {
    live.edit(run(planMoveClauseDown, live.doc, commentedText).doc);
    expectPassage(live, anchor, passage, '2.2');
    live.edit(run(planMoveClauseUp, live.doc, commentedText).doc);
    expectPassage(live, anchor, passage, '2.1');
    const dragged = transactionFor(EditorState.create({ doc: live.doc }), (document) => planMoveClauseTo(document, '一般要求', '试验方法', 'inside'));
    expect(dragged).not.toBeNull();
    live.edit(EditorState.create({ doc: live.doc }).apply(dragged!).doc);
    expectPassage(live, anchor, passage, '3.1');
  });

  it('stays on its text after a move followed by edits around it', () => {
    live.edit(run(planMoveClauseDown, live.doc, commentedText).doc);
    live.insertText(commentedText, '注意：');
    expectPassage(live, anchor, passage, '2.2');
  });

  it('follows insertions and typing through the Yjs positions alone, without the quoted text', () => {
    const positionsOnly = { ...anchor, quote: '' };
    live.edit(run(planInsertClauseAfter, live.doc, '范围').doc);
    live.insertText(commentedText, '在正常使用条件下，');
    const inside = positionInText(live.doc, `在正常使用条件下，${commentedText}`) + '在正常使用条件下，'.length + commentedText.indexOf('10 N');
    live.edit(EditorState.create({ doc: live.doc }).tr.insertText('至少 ', inside).doc);
    expectPassage(live, positionsOnly, '外壳应能承受 至少 10 N 的推力', '3.1');
  });

  it('finds a moved passage by its quoted text, because a move re-creates the clause content in Yjs', () => {
    live.edit(run(planMoveClauseDown, live.doc, commentedText).doc);
    expectPassage(live, { ...anchor, quote: '' }, null, '2.2');
    expectPassage(live, anchor, passage, '2.2');
  });

  it('is not found once its text is deleted, so the comment shows on its clause', () => {
    const from = positionInText(live.doc, commentedText);
    const state = EditorState.create({ doc: live.doc });
    live.edit(state.tr.setSelection(TextSelection.create(live.doc, from, from + commentedText.length)).deleteSelection().doc);
    expectPassage(live, anchor, null, '2.1');
  });
});
