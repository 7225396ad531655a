import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Plugin } from '@tiptap/pm/state';
import { DecorationSet } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { createDeferredSectionsPlugin, deferredSectionsOf } from '../../../../client/editor/deferred-layout/deferred-sections';
import { annex, clause, documentOf, paragraph, positionInText, sampleDocument } from '../structure/structure-fixtures';

function titles(document: ProseMirrorNode): string[] {
  return deferredSectionsOf(document).map(({ position }) => document.nodeAt(position)?.firstChild?.textContent ?? '');
}

/** Titles of the sections the plugin lets the browser skip, in document order. */
function skippedTitles(plugin: Plugin, state: EditorState): string[] {
  const decorations = plugin.props.decorations?.call(plugin, state);
  if (!(decorations instanceof DecorationSet)) return [];
  return decorations
    .find()
    .sort((first, second) => first.from - second.from)
    .map(({ from }) => state.doc.nodeAt(from)?.firstChild?.textContent ?? '');
}

function heights(document: ProseMirrorNode): number[] {
  return deferredSectionsOf(document).map((section) => section.estimatedHeight);
}

describe('deferred sections', () => {
  it('are the chapters, the annexes and the clauses directly in them, not the foreword nor deeper clauses', () => {
    expect(titles(sampleDocument())).toEqual(['范围', '要求', '一般要求', '性能', '标志', '试验方法', '资料性附录', '示例数据', '计算']);
  });

  it('are estimated taller for more text, in steps of 50 px', () => {
    const long = '检验记录应包括样品名称和编号、试验日期和环境条件、试验结果和试验人员。'.repeat(20);
    const [short = 0, tall = 0] = heights(documentOf(clause('短', paragraph('一句话。')), clause('长', paragraph(long), paragraph(long))));
    expect(short).toBeGreaterThan(0);
    expect(short % 50).toBe(0);
    expect(tall % 50).toBe(0);
    expect(tall).toBeGreaterThan(short * 10);
  });

  it('keep the estimate of untouched sections and grow the edited one as text is added', () => {
    const document = documentOf(clause('范围', paragraph('范围正文')), annex('资料性附录', clause('示例数据', paragraph('示例数据正文'))));
    const state = EditorState.create({ doc: document });
    const changed = state.apply(state.tr.insertText('补充的要求'.repeat(40), positionInText(document, '范围正文'))).doc;
    const [scopeBefore = 0, ...annexBefore] = heights(document);
    const [scopeAfter = 0, ...annexAfter] = heights(changed);
    expect(scopeAfter).toBeGreaterThan(scopeBefore);
    expect(annexAfter).toEqual(annexBefore);
  });

  it('are never skipped while they hold the cursor or an end of the selection', () => {
    const plugin = createDeferredSectionsPlugin();
    const skipped = (state: EditorState) => skippedTitles(plugin, state);
    const document = sampleDocument();
    const inStrength = EditorState.create({ doc: document, plugins: [plugin], selection: TextSelection.create(document, positionInText(document, '强度正文')) });
    expect(skipped(inStrength)).toEqual(['范围', '一般要求', '标志', '试验方法', '资料性附录', '示例数据', '计算']);
    const acrossAnnex = inStrength.apply(inStrength.tr.setSelection(TextSelection.create(document, positionInText(document, '范围正文'), positionInText(document, '计算正文'))));
    expect(skipped(acrossAnnex)).toEqual(['要求', '一般要求', '性能', '标志', '试验方法', '示例数据']);
  });
});
