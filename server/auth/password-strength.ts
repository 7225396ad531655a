import { dictionary } from '@zxcvbn-ts/language-common';
import { DomainError } from '../errors';

/** The 49,000 most common passwords of the zxcvbn-ts project, compared without case. */
const commonPasswords: ReadonlySet<string> = new Set(dictionary['passwords-common'].map((password) => password.toLowerCase()));

/** Refuses a password that is in the common list or that anyone would guess; the message says why. */
export function assertPasswordIsStrongEnough(password: string, username: string): void {
  const folded = password.toLowerCase();
  const compact = folded.replace(/\s+/g, '');
  if (commonPasswords.has(folded) || commonPasswords.has(compact)) {
    throw new DomainError('password_too_common', 'This password is one of the most common passwords, which are tried first. Choose another one, for example three or four unrelated words.');
  }
  if (compact.length === 0 || new Set(compact).size <= 2 || isRunOfNeighbours(compact)) {
    throw new DomainError('password_too_simple', 'This password is made of spaces, one or two repeated characters, or a run like 12345678 or abcdefgh. Choose another one, for example three or four unrelated words.');
  }
  const name = username.toLowerCase();
  if (compact.includes(name) && compact.length - name.length < 4) {
    throw new DomainError('password_too_simple', 'This password is too close to the username. Choose another one, for example three or four unrelated words.');
  }
}

/** 12345678, 87654321, abcdefgh: each character one step from the one before, in one direction. */
function isRunOfNeighbours(text: string): boolean {
  const step = (text.codePointAt(1) ?? 0) - (text.codePointAt(0) ?? 0);
  if (Math.abs(step) !== 1) return false;
  for (let index = 1; index < text.length; index += 1) {
    if ((text.codePointAt(index) ?? 0) - (text.codePointAt(index - 1) ?? 0) !== step) return false;
  }
  return true;
}
