import { nodeNames } from '../../editor/node-names';
import type { DocumentNumbering } from '../numbering';
import { indexDocument, type IndexedSection } from './document-index';
import type { LintContext } from './lint-types';
import { memoizePerCheck } from './memoize-per-check';
import { allMatches } from './all-matches';

export interface ElementReferences {
  /** Stable ids of the tables and figures that cross-references point at. */
  referencedIds: ReadonlySet<string>;
  /** Letters of the annexes referred to from outside themselves, directly or through one of their clauses, tables… */
  referencedAnnexLetters: ReadonlySet<string>;
  /** Labels typed in text: "表1", "图A.2", "附录B". */
  typedLabels: ReadonlySet<string>;
}

const typedLabelPattern = /(附录|表|图)\s*([A-Z](?:\.\d+)*|\d+)/g;
const titleTypes: ReadonlySet<string> = new Set([nodeNames.clauseTitle, nodeNames.annexTitle, nodeNames.tableTitle, nodeNames.figureTitle]);

/** "A" for annex A and for anything numbered inside it ("A.2", "A.1" of 表A.1); null for body numbers. */
function annexLetterOfNumber(number: string | null): string | null {
  if (number === null || !/^[A-Z]/.test(number)) return null;
  const dot = number.indexOf('.');
  return dot < 0 ? number : number.slice(0, dot);
}

function annexLetterOf(section: IndexedSection, numbering: DocumentNumbering): string | null {
  return section.kind === 'annex' ? (numbering.byPosition.get(section.position)?.number ?? null) : null;
}

function collect(context: LintContext): ElementReferences {
  const { numbering } = context;
  const index = indexDocument(context);
  const referencedIds = new Set<string>();
  const referencedAnnexLetters = new Set<string>();
  const typedLabels = new Set<string>();

  for (const reference of index.nodesOfType(nodeNames.crossReference)) {
    const targetId = String(reference.node.attrs.targetId ?? '');
    const target = numbering.byId.get(targetId);
    if (!target) continue;
    referencedIds.add(targetId);
    const annexLetter = annexLetterOfNumber(target.number);
    const fromAnnex = annexLetterOf(reference.section, numbering);
    if (annexLetter !== null && annexLetter !== fromAnnex) referencedAnnexLetters.add(annexLetter);
  }

  for (const block of index.textBlocks) {
    if (titleTypes.has(block.node.type.name)) continue;
    for (const match of allMatches(typedLabelPattern, block.text)) {
      const word = match[1] ?? '';
      const number = match[2] ?? '';
      if (word !== '附录') {
        typedLabels.add(`${word}${number}`);
        continue;
      }
      const letter = number.charAt(0);
      if (letter !== annexLetterOf(block.section, numbering)) referencedAnnexLetters.add(letter);
    }
  }
  return { referencedIds, referencedAnnexLetters, typedLabels };
}

/** What the text refers to, computed once per check. */
export const collectElementReferences = memoizePerCheck(collect);
