import type { LocalizedText } from './lint-types';
import { findDocumentNumbers, hasFullWidthInNumbers, isStandardPrefix, type DocumentNumber } from './document-numbers';
import { allMatches } from './all-matches';

/** A letter sitting between digits or dots of a number: "4.O.1", "2O20", "1l". */
const letterInNumberPattern = /[0-9][0-9.]*[OoIl〇][0-9OoIl〇.]*[0-9]/g;
/** One cheap pass for what the letter and full-width checks look for: a look-alike letter touching a digit or a dot, or a full-width digit. */
const mayHoldLookAlikePattern = /[0-9.][OoIl〇]|[OoIl〇][0-9.]|[０-９Ａ-Ｚａ-ｚ]/;
/** Full-width Latin letters (units such as "ｍｍ", symbols, codes): 9.4.1 asks for half-width ones. */
const fullWidthLetterPattern = /[Ａ-Ｚａ-ｚ]+/;
const fullWidthNumberPattern = /[０-９][０-９0-9．.]*/;
const latinLetterPattern = /[A-Za-z]/;
const nationalYearSeparator = '—';

function digitLookingLike(letter: string): string {
  return letter === 'I' || letter === 'l' ? '1' : '0';
}

function letterInNumber(text: string): LocalizedText | null {
  for (const match of allMatches(letterInNumberPattern, text)) {
    const before = text.charAt(match.index - 1);
    const after = text.charAt(match.index + match[0].length);
    // "H2O2" or "CO2" is a formula, not a number.
    if (latinLetterPattern.test(before) || latinLetterPattern.test(after)) continue;
    const letter = /[OoIl〇]/.exec(match[0])?.[0] ?? 'O';
    const digit = digitLookingLike(letter);
    return {
      zh: `“${match[0]}”中的“${letter}”不是数字，应改为数字“${digit}”。`,
      en: `"${match[0]}" contains "${letter}", which only looks like a digit; type the digit "${digit}".`,
    };
  }
  return null;
}

function fullWidthDigits(text: string): LocalizedText | null {
  const match = fullWidthNumberPattern.exec(text);
  if (!match) return null;
  return {
    zh: `“${match[0]}”使用了全角数字，应改为半角数字。`,
    en: `"${match[0]}" is written with full-width digits; use half-width digits.`,
  };
}

function fullWidthLetters(text: string): LocalizedText | null {
  const match = fullWidthLetterPattern.exec(text);
  if (!match) return null;
  return {
    zh: `“${match[0]}”使用了全角字母，应改为半角字母。`,
    en: `"${match[0]}" is written with full-width letters; use half-width letters.`,
  };
}

function documentNumberLookAlike(documentNumbers: readonly DocumentNumber[]): LocalizedText | null {
  for (const documentNumber of documentNumbers) {
    if (!isStandardPrefix(documentNumber.prefix)) continue;
    if (hasFullWidthInNumbers(documentNumber.written)) {
      return {
        zh: `文件编号“${documentNumber.written}”含有全角字符，应改为半角字符。`,
        en: `The document number "${documentNumber.written}" contains full-width characters; use half-width ones.`,
      };
    }
    const separator = documentNumber.yearSeparator;
    if (separator !== null && separator !== nationalYearSeparator && separator !== ':' && !/^(?:ISO|IEC)/.test(documentNumber.prefix)) {
      return {
        zh: `文件编号“${documentNumber.written}”中顺序号与年代号之间应使用一字线“—”，而不是“${separator}”。`,
        en: `In the document number "${documentNumber.written}", separate the year with the dash "—", not "${separator}".`,
      };
    }
  }
  return null;
}

/**
 * The first character in the text that only looks like what belongs in a number, with what to type instead.
 * Pass the document numbers of the text when they are already known.
 */
export function findLookAlikeCharacters(text: string, documentNumbers: readonly DocumentNumber[] = findDocumentNumbers(text)): LocalizedText | null {
  if (!mayHoldLookAlikePattern.test(text)) return documentNumberLookAlike(documentNumbers);
  return letterInNumber(text) ?? fullWidthDigits(text) ?? documentNumberLookAlike(documentNumbers) ?? fullWidthLetters(text);
}
