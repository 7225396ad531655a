import { nodeNames } from '../../editor/node-names';
import type { DocumentNumbering } from '../numbering';
import type { LintContext, PlacedSection } from './lint-rule';
import { memoizePerCheck } from './memoize-per-check';
import { memoizePerSection } from './memoize-per-section';
import type { TypedReferences } from './node-text-facts';
import { forEachUnit } from './unit-index';

export interface ElementReferences {
  /** Whether a cross-reference points at the numbered element with this stable id. */
  isIdReferenced(id: string): boolean;
  /** Whether annex `letter` is referred to from outside itself, directly or through one of its clauses, tables… */
  isAnnexReferenced(letter: string): boolean;
  /** Whether a label ("表1", "图A.2") is typed in the text. */
  isLabelTyped(label: string): boolean;
}

const titleTypes: ReadonlySet<string> = new Set([nodeNames.clauseTitle, nodeNames.annexTitle, nodeNames.tableTitle, nodeNames.figureTitle]);
const nothingTyped: TypedReferences = { labels: [], annexLetters: [] };

function startsWithCapitalLetter(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 65 && code <= 90;
}

/** "A" for annex A and for anything numbered inside it ("A.2", "A.1" of 表A.1); null for body numbers. */
function annexLetterOfNumber(number: string | null): string | null {
  if (number === null || !startsWithCapitalLetter(number)) return null;
  const dot = number.indexOf('.');
  return dot < 0 ? number : number.slice(0, dot);
}

function annexLetterOf(section: PlacedSection, numbering: DocumentNumbering): string | null {
  return section.index.kind === 'annex' ? (numbering.byPosition.get(section.position)?.number ?? null) : null;
}

/** The stable ids the section's cross-references point at. */
const crossReferenceTargetsIn = memoizePerSection((section): ReadonlySet<string> => {
  const targets = new Set<string>();
  for (const reference of section.nodesOfType(nodeNames.crossReference)) targets.add(String(reference.node.attrs.targetId ?? ''));
  return targets;
});

const typedReferencesIn = memoizePerSection((section): TypedReferences => {
  const labels: string[] = [];
  const annexLetters: string[] = [];
  forEachUnit(section.root, (unit) => {
    for (const block of unit.textBlocks) {
      if (titleTypes.has(block.node.type.name)) continue;
      const typed = block.facts.typedReferences();
      labels.push(...typed.labels);
      annexLetters.push(...typed.annexLetters);
    }
  });
  return labels.length === 0 && annexLetters.length === 0 ? nothingTyped : { labels, annexLetters };
});

/**
 * Only elements numbered inside an annex ("A", "A.2", 表A.1) make a cross-reference refer to an annex, and they are
 * few: each one is looked up in the sections' targets instead of resolving every cross-reference of the document.
 */
function referencedAnnexLettersOf(context: LintContext, targetsBySection: readonly ReadonlySet<string>[]): ReadonlySet<string> {
  const { numbering, sections } = context;
  const letters = new Set<string>();
  const fromAnnexes = sections.map((section) => annexLetterOf(section, numbering));
  numbering.byId.forEach((target, id) => {
    const annexLetter = annexLetterOfNumber(target.number);
    if (annexLetter === null || letters.has(annexLetter)) return;
    for (let index = 0; index < sections.length; index += 1) {
      if (fromAnnexes[index] !== annexLetter && targetsBySection[index]?.has(id) === true) letters.add(annexLetter);
    }
  });
  sections.forEach((section, index) => {
    for (const letter of typedReferencesIn(section.index).annexLetters) {
      if (letter !== fromAnnexes[index]) letters.add(letter);
    }
  });
  return letters;
}

function typedLabelsOf(context: LintContext): ReadonlySet<string> {
  const labels = new Set<string>();
  for (const section of context.sections) {
    for (const label of typedReferencesIn(section.index).labels) labels.add(label);
  }
  return labels;
}

/**
 * What the text refers to, from what each section refers to. Each answer is worked out on first use in a check,
 * and none needs a set of every reference in the document.
 */
export const collectElementReferences = memoizePerCheck((context): ElementReferences => {
  const targetsBySection = context.sections.map((section) => crossReferenceTargetsIn(section.index));
  let annexLetters: ReadonlySet<string> | null = null;
  let typedLabels: ReadonlySet<string> | null = null;
  return {
    isIdReferenced: (id) => context.numbering.byId.has(id) && targetsBySection.some((targets) => targets.has(id)),
    isAnnexReferenced: (letter) => (annexLetters ??= referencedAnnexLettersOf(context, targetsBySection)).has(letter),
    isLabelTyped: (label) => (typedLabels ??= typedLabelsOf(context)).has(label),
  };
});
