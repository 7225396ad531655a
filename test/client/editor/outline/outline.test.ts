import { Fragment, Slice } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { outlineMayHaveChanged } from '../../../../client/editor/outline/outline-change';
import { dropPlacement } from '../../../../client/editor/outline/drop-placement';
import { lastDescendantIndex, outlineEntries } from '../../../../client/editor/outline/outline-entries';
import { outlineKeyAction } from '../../../../client/editor/outline/outline-keys';
import { positionInText, sampleDocument, schema } from '../structure/structure-fixtures';

function keyPress(key: string, modifiers: { alt?: boolean; shift?: boolean; ctrl?: boolean; meta?: boolean }) {
  return { key, altKey: modifiers.alt ?? false, shiftKey: modifiers.shift ?? false, ctrlKey: modifiers.ctrl ?? false, metaKey: modifiers.meta ?? false };
}

describe('outline entries', () => {
  it('lists 前言, chapters, clauses and annexes with their labels and levels', () => {
    const entries = outlineEntries(sampleDocument());
    expect(entries.map((entry) => `${entry.level} ${entry.label} ${entry.title}`.replace(/ +/g, ' '))).toEqual([
      '1 前言',
      '1 1 范围',
      '1 2 要求',
      '2 2.1 一般要求',
      '2 2.2 性能',
      '3 2.2.1 强度',
      '3 2.2.2 硬度',
      '2 2.3 标志',
      '1 3 试验方法',
      '1 附录A 资料性附录',
      '2 A.1 示例数据',
      '2 A.2 计算',
    ]);
    expect(entries[0]).toMatchObject({ key: 'foreword', id: null, number: '' });
    expect(entries[9]).toMatchObject({ kind: 'annex', number: 'A', normative: false });
  });

  it('reads an annex as normative from its attribute', () => {
    const document = schema.nodeFromJSON({
      type: 'doc',
      content: [
        { type: 'clause', attrs: { id: 'c' }, content: [{ type: 'clauseTitle' }] },
        { type: 'annex', attrs: { id: 'a', normative: true }, content: [{ type: 'annexTitle' }] },
      ],
    });
    expect(outlineEntries(document)[1]?.normative).toBe(true);
  });

  it('finds the end of a subtree, so an "after" drop is drawn below the last sub-clause', () => {
    const entries = outlineEntries(sampleDocument());
    expect(lastDescendantIndex(entries, 2)).toBe(7);
    expect(lastDescendantIndex(entries, 4)).toBe(6);
    expect(lastDescendantIndex(entries, 8)).toBe(8);
  });
});

describe('outline drag and keys', () => {
  it('drops before at the top edge, after at the bottom edge and inside in the middle of a clause', () => {
    expect(dropPlacement(2, 30, 'clause')).toBe('before');
    expect(dropPlacement(15, 30, 'clause')).toBe('inside');
    expect(dropPlacement(28, 30, 'clause')).toBe('after');
    expect(dropPlacement(2, 30, 'annex')).toBe('inside');
    expect(dropPlacement(15, 30, 'foreword')).toBeNull();
  });

  it('maps the editor move keys on a focused outline line', () => {
    expect(outlineKeyAction(keyPress('ArrowUp', { alt: true, shift: true }), false)).toBe('moveClauseUp');
    expect(outlineKeyAction(keyPress('ArrowRight', { ctrl: true, shift: true }), true)).toBe('demoteClause');
    expect(outlineKeyAction(keyPress('ArrowUp', { alt: true }), false)).toBeNull();
    expect(outlineKeyAction(keyPress('ArrowUp', { alt: true, shift: true }), true)).toBeNull();
  });
});

describe('outlineMayHaveChanged', () => {
  function edited(text: string, insert: string) {
    const document = sampleDocument();
    const position = positionInText(document, text);
    return { document, next: document.replace(position, position, new Slice(Fragment.from(schema.text(insert)), 0, 0)) };
  }

  it('skips renumbering when typing in a body paragraph', () => {
    const { document, next } = edited('强度正文', '新');
    expect(outlineMayHaveChanged(document, next)).toBe(false);
    expect(outlineMayHaveChanged(document, document)).toBe(false);
  });

  it('renumbers when a title or the structure changes', () => {
    const { document, next } = edited('强度', '新');
    expect(outlineMayHaveChanged(document, next)).toBe(true);
    const withoutChapter = document.copy(document.content.cut(0, document.child(0).nodeSize + document.child(1).nodeSize));
    expect(outlineMayHaveChanged(document, withoutChapter)).toBe(true);
  });
});
