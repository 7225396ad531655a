import { Extension } from '@tiptap/core';
import { nodeNames } from '../../../../shared/editor/node-names';
import type { CoverMetadata } from '../../../../shared/editor/preliminary-nodes';
import { coverFields } from '../../../../shared/editor/preliminary-nodes';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    coverCommands: {
      /** Sets cover fields; creates the cover at the top of the document when there is none. */
      updateCover: (fields: Partial<CoverMetadata>) => ReturnType;
    };
  }
}

export const CoverCommands = Extension.create({
  name: 'coverCommands',

  addCommands() {
    return {
      updateCover:
        (fields) =>
        ({ tr, dispatch }) => {
          if (!dispatch) return true;
          const known = Object.fromEntries(coverFields.filter((field) => fields[field] !== undefined).map((field) => [field, fields[field]]));
          const cover = tr.doc.firstChild;
          if (cover?.type.name !== nodeNames.cover) {
            tr.insert(0, tr.doc.type.schema.nodeFromJSON({ type: nodeNames.cover, attrs: known }));
            return true;
          }
          for (const [field, value] of Object.entries(known)) {
            if (cover.attrs[field] !== value) tr.setNodeAttribute(0, field, value);
          }
          return true;
        },
    };
  },
});
