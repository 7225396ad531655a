import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import UniqueID from '@tiptap/extension-unique-id';
import { Annex, AnnexTitle, Clause, ClauseTitle } from './clause-nodes';
import { Figure, FigureTitle, Formula, FormulaExplanation } from './figure-nodes';
import { Example, Note } from './informative-nodes';
import { CrossReference, Footnote } from './inline-nodes';
import { clauseBodyGroup, nodeNames, nodeTypesWithStableIdentifiers } from './node-names';
import { Cover, Foreword, Introduction } from './preliminary-nodes';
import { Bibliography, ReferenceEntry } from './reference-nodes';
import { StandardDocument } from './standard-document';
import { TableBlock, TableFootnote, TableNote, TableTitle, createTableGridExtensions } from './table-nodes';
import { TermChinese, TermDefinition, TermEnglish, TermEntry, TermSource } from './term-nodes';

export const stableIdentifierAttribute = 'id';
export { nodeTypesWithStableIdentifiers };

/** The one extension list that defines the schema; the browser adds collaboration and UI on top, the server uses it as is. */
export function createDocumentExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      document: false,
      heading: false,
      codeBlock: false,
      code: false,
      blockquote: false,
      horizontalRule: false,
      link: false,
      undoRedo: false,
      trailingNode: false,
    }).extend({
      // Paragraphs and lists may stand in the body of a clause.
      addExtensions() {
        return (this.parent?.() ?? []).map((extension) =>
          [nodeNames.paragraph, nodeNames.bulletList, nodeNames.orderedList].includes(extension.name as 'paragraph')
            ? extension.extend({ group: `block ${clauseBodyGroup}` })
            : extension,
        );
      },
    }),
    StandardDocument,
    Cover,
    Foreword,
    Introduction,
    Clause,
    ClauseTitle,
    Annex,
    AnnexTitle,
    Note,
    Example,
    TableBlock,
    TableTitle,
    TableNote,
    TableFootnote,
    ...createTableGridExtensions(),
    Figure,
    FigureTitle,
    Formula,
    FormulaExplanation,
    TermEntry,
    TermChinese,
    TermEnglish,
    TermDefinition,
    TermSource,
    ReferenceEntry,
    Bibliography,
    Footnote,
    CrossReference,
    UniqueID.configure({ types: nodeTypesWithStableIdentifiers, attributeName: stableIdentifierAttribute }),
  ];
}

/** The Yjs XML fragment that Tiptap's Collaboration extension binds to. */
export const collaborationFragmentName = 'default';
