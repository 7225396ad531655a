import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extensions';
import { collaborationFragmentName, createDocumentExtensions } from '../../shared/editor/document-extensions';
import type { CollaborationSession } from '../collab/collaboration-session';
import { CaretLabels, renderCaretWithoutLabel } from './caret-labels';
import { CommentMarkers } from './comments/comment-markers-extension';
import { DeferredSections } from './deferred-layout/deferred-sections';
import { elementPlaceholder } from './elements/element-placeholders';
import { FindInDocument } from './find/find-plugin';
import { createElementExtensions } from './elements/element-extensions';
import { createStructureExtensions } from './structure/structure-extensions';
import { startFromSyncedFragment, type RenderedNodes } from './synced-start';

interface DraftEditorOptions {
  element: HTMLElement;
  session: CollaborationSession;
  label: string;
  /** Shown in an empty paragraph, so a drafter sees where to type; read on every render so a language switch applies. */
  emptyParagraphHint: () => string;
}

/** A reader cannot change the document, so ids must not be added on their side (the change would never be saved). */
export function documentExtensionsFor(readOnly: boolean) {
  return createDocumentExtensions().map((extension) =>
    readOnly && extension.name === 'uniqueID' ? extension.configure({ updateDocument: false }) : extension,
  );
}

/**
 * The document comes only from the synced Y.Doc (passing `content` would duplicate it under collaboration): the editor
 * is mounted on its empty placeholder, which then gives way to the synced document.
 */
export function createDraftEditor(options: DraftEditorOptions): Editor {
  const { session } = options;
  const fragment = session.document.getXmlFragment(collaborationFragmentName);
  const renderedNodes: RenderedNodes = new Map();
  const editor = new Editor({
    element: options.element,
    editable: !session.readOnly(),
    extensions: [
      ...documentExtensionsFor(session.readOnly()),
      ...createElementExtensions(),
      ...createStructureExtensions(),
      Collaboration.configure({ fragment, ySyncOptions: { mapping: renderedNodes } }),
      CollaborationCaret.configure({
        provider: session.provider,
        user: { ...session.user },
        render: renderCaretWithoutLabel,
      }),
      CaretLabels,
      CommentMarkers,
      FindInDocument,
      DeferredSections,
      Placeholder.configure({
        placeholder: ({ node }) => elementPlaceholder(node.type.name) ?? (node.type.name === 'paragraph' ? options.emptyParagraphHint() : ''),
        showOnlyCurrent: false,
        includeChildren: true,
      }),
    ],
    editorProps: {
      // The workspace bar stays at the top of the window: a cursor scrolled to must end up below it, not under it.
      scrollThreshold: { top: 80, right: 0, bottom: 0, left: 0 },
      scrollMargin: { top: 96, right: 5, bottom: 5, left: 5 },
      attributes: {
        class: 'nd-document',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': options.label,
        lang: 'zh-CN',
      },
    },
  });
  startFromSyncedFragment(editor, fragment, renderedNodes);
  return editor;
}
