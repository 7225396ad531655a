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
 * One object per node, rather than one memo per fact, keeps what the first check leaves behind small.
 */
class TextFacts {
  documentNumbers: readonly DocumentNumber[] | undefined = undefined;
  lookAlike: LocalizedText | null | undefined = undefined;
  requirementWording: string | null | undefined = undefined;
  typedReferences: TypedReferences | undefined = undefined;
  /** The terms of this vocabulary the text uses. */
  termsOf: Vocabulary | null = null;
  terms: readonly string[] = noTerms;

  constructor(readonly text: string) {}
}

const factsByNode = new WeakMap<ProseMirrorNode, TextFacts>();

function factsOf(node: ProseMirrorNode): TextFacts {
  let facts = factsByNode.get(node);
  if (!facts) {
    facts = new TextFacts(textOfNode(node));
    factsByNode.set(node, facts);
  }
  return facts;
}

/** The document numbers written in a textblock or footnote. */
export function documentNumbersIn(node: ProseMirrorNode): readonly DocumentNumber[] {
  const facts = factsOf(node);
  facts.documentNumbers ??= findDocumentNumbers(facts.text);
  return facts.documentNumbers;
}

/** The first look-alike character in the text of a textblock or footnote, with what to type instead. */
export function lookAlikeCharactersIn(node: ProseMirrorNode): LocalizedText | null {
  const facts = factsOf(node);
  if (facts.lookAlike === undefined) facts.lookAlike = findLookAlikeCharacters(facts.text, documentNumbersIn(node));
  return facts.lookAlike;
}

/** The first requirement or recommendation word in a node's text, or null. */
export function requirementWordingIn(node: ProseMirrorNode): string | null {
  const facts = factsOf(node);
  if (facts.requirementWording === undefined) facts.requirementWording = findRequirementWording(facts.text);
  return facts.requirementWording;
}

/** The labels ("表1") and annex letters ("附录B") typed in a textblock. */
export function typedReferencesInText(node: ProseMirrorNode): TypedReferences {
  const facts = factsOf(node);
  if (facts.typedReferences === undefined) {
    const matches = allMatches(typedLabelPattern, facts.text);
    const labels: string[] = [];
    const annexLetters: string[] = [];
    for (const match of matches) {
      const word = match[1] ?? '';
      const number = match[2] ?? '';
      if (word === '附录') annexLetters.push(number.charAt(0));
      else labels.push(`${word}${number}`);
    }
    facts.typedReferences = matches.length === 0 ? nothingTyped : { labels, annexLetters };
  }
  return facts.typedReferences;
}

/** The terms of the vocabulary that the text of a textblock or footnote uses, kept until the vocabulary changes. */
export function termsIn(node: ProseMirrorNode, vocabulary: Vocabulary): readonly string[] {
  const facts = factsOf(node);
  if (facts.termsOf !== vocabulary) {
    facts.terms = vocabulary.termsIn(facts.text);
    facts.termsOf = vocabulary;
  }
  return facts.terms;
}
