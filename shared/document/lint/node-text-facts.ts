import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../editor/node-names';
import { allMatches } from './all-matches';
import { findDocumentNumbers, type DocumentNumber } from './document-numbers';
import type { LocalizedText } from './lint-types';
import { findLookAlikeCharacters } from './look-alike-characters-detector';
import { findRequirementWording } from './requirement-wording';
import type { Vocabulary } from './vocabulary';

/** What a text refers to by typing it rather than with a cross-reference. */
export interface TypedReferences {
  /** "表1", "图A.2". */
  labels: readonly string[];
  /** The letters of "附录B", as typed. */
  annexLetters: readonly string[];
}

/** The text rules read in a node: a footnote's is an attribute; a block of one text node needs no concatenation. */
export function textOfNode(node: ProseMirrorNode): string {
  if (node.type.name === nodeNames.footnote) return String(node.attrs.text ?? '');
  const only = node.childCount === 1 ? node.firstChild : null;
  return only?.isText ? (only.text ?? '') : node.textContent;
}

const noTerms: readonly string[] = [];
const nothingTyped: TypedReferences = { labels: [], annexLetters: [] };
const typedLabelPattern = /(附录|表|图)\s*([A-Z](?:\.\d+)*|\d+)/g;

/**
 * What the rules found in the text of one textblock, footnote, note or example, each fact worked out on first use.
 * Kept with the node: when an edit replaces a clause, its index and findings are worked out again, but only the
 * blocks the edit touched are new objects, so scanning text, the costly part, is done again for those alone.
 * One object per node, rather than one memo per fact, keeps what the first check leaves behind small; unit indexes
 * hold it for each of their textblocks, so rules reach it without a lookup.
 */
export class TextFacts {
  private documentNumbersFound: readonly DocumentNumber[] | undefined = undefined;
  private lookAlikeFound: LocalizedText | null | undefined = undefined;
  private requirementWordingFound: string | null | undefined = undefined;
  private typedReferencesFound: TypedReferences | undefined = undefined;
  private termsVocabulary: Vocabulary | null = null;
  private termsFound: readonly string[] = noTerms;

  constructor(readonly text: string) {}

  /** The document numbers written in the text. */
  documentNumbers(): readonly DocumentNumber[] {
    this.documentNumbersFound ??= findDocumentNumbers(this.text);
    return this.documentNumbersFound;
  }

  /** The first look-alike character in the text, with what to type instead. */
  lookAlikeCharacters(): LocalizedText | null {
    if (this.lookAlikeFound === undefined) this.lookAlikeFound = findLookAlikeCharacters(this.text, this.documentNumbers());
    return this.lookAlikeFound;
  }

  /** The first requirement or recommendation word in the text, or null. */
  requirementWording(): string | null {
    if (this.requirementWordingFound === undefined) this.requirementWordingFound = findRequirementWording(this.text);
    return this.requirementWordingFound;
  }

  /** The labels ("表1") and annex letters ("附录B") typed in the text. */
  typedReferences(): TypedReferences {
    if (this.typedReferencesFound === undefined) {
      const matches = allMatches(typedLabelPattern, this.text);
      const labels: string[] = [];
      const annexLetters: string[] = [];
      for (const match of matches) {
        const word = match[1] ?? '';
        const number = match[2] ?? '';
        if (word === '附录') annexLetters.push(number.charAt(0));
        else labels.push(`${word}${number}`);
      }
      this.typedReferencesFound = matches.length === 0 ? nothingTyped : { labels, annexLetters };
    }
    return this.typedReferencesFound;
  }

  /** The terms of the vocabulary that the text uses, kept until the vocabulary changes. */
  terms(vocabulary: Vocabulary): readonly string[] {
    if (this.termsVocabulary !== vocabulary) {
      this.termsFound = vocabulary.termsIn(this.text);
      this.termsVocabulary = vocabulary;
    }
    return this.termsFound;
  }
}

const factsByNode = new WeakMap<ProseMirrorNode, TextFacts>();

/** The facts of a node's text, kept with the node. */
export function textFactsOf(node: ProseMirrorNode): TextFacts {
  let facts = factsByNode.get(node);
  if (!facts) {
    facts = new TextFacts(textOfNode(node));
    factsByNode.set(node, facts);
  }
  return facts;
}
