import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { nodeNames } from '../../../../shared/editor/node-names';
import { createCoverView } from '../cover/cover-view';
import { createCrossReferenceView } from './cross-reference-view';
import { createFigureView } from './figure-view';
import { createFootnoteView } from './footnote-view';
import { createFormulaView } from './formula-view';

/** Browser-only renderings of schema nodes; the shared schema stays free of DOM code. */
export const ElementViews = Extension.create({
  name: 'elementViews',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('elementViews'),
        props: {
          nodeViews: {
            [nodeNames.crossReference]: (node, _view, _getPosition, decorations) => createCrossReferenceView(node, decorations),
            [nodeNames.footnote]: (node, _view, _getPosition, decorations) => createFootnoteView(node, decorations),
            [nodeNames.figure]: (node) => createFigureView(node),
            [nodeNames.formula]: (node) => createFormulaView(node),
            [nodeNames.cover]: (node) => createCoverView(node),
          },
        },
      }),
    ];
  },
});
