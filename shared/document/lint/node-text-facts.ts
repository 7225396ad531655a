import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../editor/node-names';
import { findDocumentNumbers, type DocumentNumber } from './document-numbers';
import type { LocalizedText } from './lint-types';
import { findLookAlikeCharacters } from './look-alike-characters-detector';
import { memoizePerNode } from './memoize-per-node';
import { findRequirementWording } from './requirement-wording';

/** The text rules read in a node: a footnote's is an attribute; a block of one text node needs no concatenation. */
export function textOfNode(node: ProseMirrorNode): string {
  if (node.type.name === nodeNames.footnote) return String(node.attrs.text ?? '');
  const only = node.childCount === 1 ? node.firstChild : null;
  return only?.isText ? (only.text ?? '') : node.textContent;
}

/** The document numbers written in a textblock or footnote. */
export const documentNumbersIn = memoizePerNode((node): readonly DocumentNumber[] => findDocumentNumbers(textOfNode(node)));

/** The first requirement or recommendation word in a node's text, or null. */
export const requirementWordingIn = memoizePerNode((node): string | null => findRequirementWording(node.textContent));

/** The first look-alike character in the text of a textblock or footnote, with what to type instead. */
export const lookAlikeCharactersIn = memoizePerNode((node): LocalizedText | null => findLookAlikeCharacters(textOfNode(node), documentNumbersIn(node)));
