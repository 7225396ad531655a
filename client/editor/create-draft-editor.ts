import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { collaborationFragmentName, createDocumentExtensions } from '../../shared/editor/document-extensions';
import type { CollaborationSession } from '../collab/collaboration-session';
import { CaretLabels, renderCaretWithoutLabel } from './caret-labels';
import { ClauseNumbers } from './clause-numbers';

interface DraftEditorOptions {
  element: HTMLElement;
  session: CollaborationSession;
  label: string;
}

/** The document comes only from the synced Y.Doc: passing `content` would duplicate it under collaboration. */
export function createDraftEditor(options: DraftEditorOptions): Editor {
  const { session } = options;
  return new Editor({
    element: options.element,
    editable: !session.readOnly(),
    extensions: [
      ...createDocumentExtensions(),
      ClauseNumbers,
      Collaboration.configure({ document: session.document, field: collaborationFragmentName }),
      CollaborationCaret.configure({
        provider: session.provider,
        user: { ...session.user },
        render: renderCaretWithoutLabel,
      }),
      CaretLabels,
    ],
    editorProps: {
      attributes: {
        class: 'nd-document',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': options.label,
        lang: 'zh-CN',
      },
    },
  });
}
