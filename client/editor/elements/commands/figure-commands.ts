import { Extension } from '@tiptap/core';
import type { ResolvedPos } from '@tiptap/pm/model';
import { nodeNames } from '../../../../shared/editor/node-names';
import { bodyInsertionPosition } from './body-insertion';
import { figureTemplate, formulaExplanationTemplate, formulaTemplate } from './element-templates';
import { insertBlockCommand } from './insert-block-command';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figureCommands: {
      /** A numbered figure (图N) showing an uploaded image, with an empty title. */
      insertFigure: (image: { imageId: string; alternativeText: string }) => ReturnType;
      /** A numbered formula, "(N)" at the right margin. */
      insertFormula: () => ReturnType;
      /** "式中：" under the formula holding the cursor, for its symbols. */
      insertFormulaExplanation: () => ReturnType;
    };
  }
}

/** Right after the formula that holds the cursor, when no "式中：" follows it yet. */
function formulaExplanationPosition(selectionEnd: ResolvedPos): number | null {
  if (selectionEnd.parent.type.name !== nodeNames.formula) return null;
  const after = selectionEnd.after();
  const next = selectionEnd.doc.resolve(after).nodeAfter;
  return next?.type.name === nodeNames.formulaExplanation ? null : after;
}

export const FigureCommands = Extension.create({
  name: 'figureCommands',

  addCommands() {
    return {
      insertFigure: (image) =>
        insertBlockCommand(figureTemplate(image.imageId, image.alternativeText), (transaction, block) => bodyInsertionPosition(transaction.selection.$to, block)),
      insertFormula: () => insertBlockCommand(formulaTemplate, (transaction, block) => bodyInsertionPosition(transaction.selection.$to, block)),
      insertFormulaExplanation: () => insertBlockCommand(formulaExplanationTemplate, (transaction) => formulaExplanationPosition(transaction.selection.$to)),
    };
  },
});
