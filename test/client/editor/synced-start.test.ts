import { Editor, type JSONContent } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { TextSelection } from '@tiptap/pm/state';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { afterEach, describe, expect, it } from 'vitest';
import { Doc } from 'yjs';
import { startFromSyncedFragment, type RenderedNodes } from '../../../client/editor/synced-start';
import { documentSchema } from '../../../server/documents/document-schema';
import { collaborationFragmentName, createDocumentExtensions } from '../../../shared/editor/document-extensions';
import { cover, minimalStandard, scopeChapter, standardDocument, standardForeword } from '../../helpers/standard-builder';

const editors: Editor[] = [];

afterEach(() => {
  editors.splice(0).forEach((editor) => editor.destroy());
});

/**
 * An editor over a Y.Doc holding `content`, started as the draft editor starts it. There is no DOM here: it is not
 * mounted, and its placeholder document is given as JSON (the browser parses it from an empty string).
 */
function startedEditor(content: JSONContent) {
  const document = new Doc();
  const fragment = document.getXmlFragment(collaborationFragmentName);
  prosemirrorJSONToYXmlFragment(documentSchema, content, fragment);
  const renderedNodes: RenderedNodes = new Map();
  const editor = new Editor({ element: null, content: { type: 'doc' }, extensions: [...createDocumentExtensions(), Collaboration.configure({ fragment, ySyncOptions: { mapping: renderedNodes } })] });
  editors.push(editor);
  startFromSyncedFragment(editor, fragment, renderedNodes);
  return { editor, fragment, renderedNodes };
}

describe('starting the draft editor from the synced fragment', () => {
  it('shows the fragment with the cursor at the start of the first paragraph of the 前言, not on the cover or between blocks', () => {
    const standard = minimalStandard();
    standard.content?.unshift(cover({ titleChinese: '电子设备通用技术要求' }));
    const { editor, fragment } = startedEditor(standard);

    expect(editor.state.doc.toJSON()).toEqual(yXmlFragmentToProsemirrorJSON(fragment));
    const { selection } = editor.state;
    expect(selection).toBeInstanceOf(TextSelection);
    expect(selection.empty).toBe(true);
    expect(selection.$head.parent.type.name).toBe('paragraph');
    expect(selection.$head.node(selection.$head.depth - 1).type.name).toBe('foreword');
    expect(selection.$head.parentOffset).toBe(0);
  });

  it('puts the cursor in the first chapter title when the document starts with a chapter', () => {
    const { editor } = startedEditor(standardDocument(scopeChapter('chapter-scope', '本文件规定了充电安全要求。')));
    expect(editor.state.selection.$head.parent.type.name).toBe('clauseTitle');
    expect(editor.state.selection.$head.parent.textContent).toBe('范围');
  });

  it('tells the collaboration binding which node each Yjs element is shown as, so it does not render the document again', () => {
    const standard = standardDocument(standardForeword(), scopeChapter());
    const { editor, fragment, renderedNodes } = startedEditor(standard);
    const shown = fragment.toArray().map((element) => renderedNodes.get(element));
    expect(shown).toHaveLength(2);
    expect(shown[0]).toBe(editor.state.doc.child(0));
    expect(shown[1]).toBe(editor.state.doc.child(1));
  });
});
