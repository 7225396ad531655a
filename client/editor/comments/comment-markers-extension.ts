import { Extension } from '@tiptap/core';
import { createCommentMarkersPlugin } from './comment-markers-plugin';

/**
 * Installs the comment markers plugin when the editor is created; the comments panel later gives it the rendering.
 * Registering the plugin afterwards would reconfigure the editor, and the collaboration binding would then convert
 * the whole document a second time (about half a second for a 150-page standard).
 */
export const CommentMarkers = Extension.create({
  name: 'commentMarkers',

  addProseMirrorPlugins() {
    return [createCommentMarkersPlugin()];
  },
});
