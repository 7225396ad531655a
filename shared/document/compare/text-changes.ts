import { diffArrays } from 'diff';
import { coalesceTextChanges, type TextChange } from './coalesce-text-changes';
import { displayTextOf, type OwnText } from './own-text';
import { sameToken, textTokensOf, type TextToken } from './text-tokens';

/** Past this many edits two texts have little in common; showing all old then all new text is clearer and bounds the cost. */
const longestDiffedEditLength = 4000;

function joined(tokens: readonly TextToken[]): string {
  return tokens.map((token) => token.text).join('');
}

function wholeReplacement(from: OwnText, to: OwnText): TextChange[] {
  return coalesceTextChanges([
    { kind: 'delete', text: displayTextOf(from) },
    { kind: 'insert', text: displayTextOf(to) },
  ]);
}

/** The redline of an entry's own text from one version to the next; equal cross-references show their new number. */
export function textChangesBetween(from: OwnText, to: OwnText): TextChange[] {
  const changes = diffArrays(textTokensOf(from), textTokensOf(to), { comparator: sameToken, maxEditLength: longestDiffedEditLength });
  if (!changes) return wholeReplacement(from, to);
  return coalesceTextChanges(
    changes.map((change): TextChange => ({ kind: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: joined(change.value) })),
  );
}

/** An added entry is all insertion, a removed one all deletion. */
export function wholeTextChange(text: OwnText, kind: 'insert' | 'delete'): TextChange[] {
  const display = displayTextOf(text);
  return display === '' ? [] : [{ kind, text: display }];
}
