import type { JSONContent } from '@tiptap/core';
import { Editor } from '@tiptap/core';
import { documentExtensionsFor } from '../create-draft-editor';
import { DeferredSections } from '../deferred-layout/deferred-sections';
import { createElementExtensions } from '../elements/element-extensions';

interface VersionEditorOptions {
  element: HTMLElement;
  /** ProseMirror JSON of the frozen document, as the server stored it. */
  document: Record<string, unknown>;
  label: string;
}

/**
 * A frozen version in the live editor's schema and renderings (numbers, cover, figures) without collaboration,
 * so it looks as it did when it was frozen; nothing in it can be changed.
 */
export function createVersionEditor(options: VersionEditorOptions): Editor {
  return new Editor({
    element: options.element,
    editable: false,
    content: options.document as JSONContent,
    extensions: [...documentExtensionsFor(true), ...createElementExtensions(), DeferredSections],
    editorProps: {
      attributes: {
        class: 'nd-document',
        role: 'document',
        'aria-readonly': 'true',
        'aria-label': options.label,
        lang: 'zh-CN',
      },
    },
  });
}
