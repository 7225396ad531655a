import { Extension } from '@tiptap/core';
import { bodyInsertionPosition } from './body-insertion';
import { figureTemplate, formulaTemplate } from './element-templates';
import { insertBlockCommand } from './insert-block-command';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figureCommands: {
      /** A numbered figure (图N) showing an uploaded image, with an empty title. */
      insertFigure: (image: { imageId: string; alternativeText: string }) => ReturnType;
      /** A numbered formula, "(N)" at the right margin. */
      insertFormula: () => ReturnType;
    };
  }
}

export const FigureCommands = Extension.create({
  name: 'figureCommands',

  addCommands() {
    return {
      insertFigure: (image) =>
        insertBlockCommand(figureTemplate(image.imageId, image.alternativeText), (transaction, block) => bodyInsertionPosition(transaction.selection.$to, block)),
      insertFormula: () => insertBlockCommand(formulaTemplate, (transaction, block) => bodyInsertionPosition(transaction.selection.$to, block)),
    };
  },
});
