import { allMatches } from './all-matches';

/** A document number found in text or in a reference entry: "GB/T 1.1—2020", "T/CAS 290—2017", "ISO 9001:2015". */
export interface DocumentNumber {
  /** "GB/T", "T/CAS", "ISO/IEC". */
  prefix: string;
  /** "1.1", "60335-1". */
  number: string;
  year: string | null;
  /** What stands between number and year ("—", ":", or a look-alike such as "-"); null when undated. */
  yearSeparator: string | null;
  /** "GB/T 1.1": names the document whatever its edition, so a dated and an undated citation match. */
  key: string;
  /** Exactly as written, including any full-width characters. */
  written: string;
  /** Offset of `written` in the text it was found in. */
  index: number;
}

/**
 * Also matches full-width digits, letters, "／" and "．", so no separate pass is needed to find them. What may not
 * precede a number is checked by hand on the few matches: a lookbehind here would halve the speed of the scan.
 */
const documentNumberPattern =
  /([A-ZＡ-Ｚ][A-Z0-9Ａ-Ｚ０-９]*(?:[/／][A-ZＡ-Ｚ]+)*)[ \u00a0\u3000]*([0-9０-９]+(?:[.．][0-9０-９]+)*(?:-[0-9０-９]+)*)(?:[ \u00a0\u3000]*([—–\-－一:])[ \u00a0\u3000]*([0-9０-９]{4}))?(?![0-9０-９])/g;

/** The prefixes of standards: national, group, industry, local, metrology, ISO and IEC. */
const standardPrefixPattern = /^(?:GB(?:\/[TZ])?|T\/[A-Z]{2,6}|ISO(?:\/(?:IEC|TS|TR|PAS))*|IEC(?:\/(?:TS|TR|PAS))*|[A-Z]{2,4}\/[TZ]|DB\d{2}(?:\/T)?|JJ[FG])$/;

const partOfAWordPattern = /[A-Za-z0-9/Ａ-Ｚａ-ｚ０-９／]/;
const internationalPrefixPattern = /^(?:ISO|IEC)/;
const hyphenatedYearPattern = /^(.+)-(\d{4})$/;
/** Full-width characters that can stand in a document number; Chinese punctuation (，：（）) is left alone. */
const fullWidthInNumbersPattern = /[０-９Ａ-Ｚａ-ｚ／．\u3000]/;
const fullWidthInNumbersGlobalPattern = /[０-９Ａ-Ｚａ-ｚ／．\u3000]/g;

function halfWidthOf(character: string): string {
  return character === '\u3000' ? ' ' : String.fromCharCode(character.charCodeAt(0) - 0xfee0);
}

/** Full-width digits, Latin letters, "／" and "．" (and the ideographic space) as their half-width forms; same length. */
export function toHalfWidth(text: string): string {
  return fullWidthInNumbersPattern.test(text) ? text.replace(fullWidthInNumbersGlobalPattern, halfWidthOf) : text;
}

/** Whether the text holds a full-width character that belongs in half width within a number. */
export function hasFullWidthInNumbers(text: string): boolean {
  return fullWidthInNumbersPattern.test(text);
}

export function isStandardPrefix(prefix: string): boolean {
  return standardPrefixPattern.test(prefix);
}

export function findDocumentNumbers(text: string): readonly DocumentNumber[] {
  const matches = allMatches(documentNumberPattern, text);
  if (matches.length === 0) return noDocumentNumbers;
  const found: DocumentNumber[] = [];
  for (const match of matches) {
    if (partOfAWordPattern.test(text.charAt(match.index - 1))) continue;
    const prefix = toHalfWidth(match[1] ?? '');
    let number = toHalfWidth(match[2] ?? '');
    let year = match[4] === undefined ? null : toHalfWidth(match[4]);
    let yearSeparator = match[3] ?? null;
    // In national and group standards a hyphen before the year is the look-alike of "—", not a part number.
    const hyphenatedYear = year === null && !internationalPrefixPattern.test(prefix) ? hyphenatedYearPattern.exec(number) : null;
    if (hyphenatedYear) {
      number = hyphenatedYear[1] ?? number;
      year = hyphenatedYear[2] ?? null;
      yearSeparator = '-';
    }
    found.push({ prefix, number, year, yearSeparator, key: `${prefix} ${number}`, written: match[0], index: match.index });
  }
  return found.length > 0 ? found : noDocumentNumbers;
}

const noDocumentNumbers: readonly DocumentNumber[] = [];

/** The number of a reference entry, or null when it is not written like a document number (a book, a web page). */
export function parseDocumentNumber(text: string): DocumentNumber | null {
  return findDocumentNumbers(text)[0] ?? null;
}

/** Keys of the documents a numbered part belongs to: "GB/T 20001.1.2" → "GB/T 20001.1", "GB/T 20001". */
export function familyKeysOf(documentNumber: DocumentNumber): string[] {
  const keys: string[] = [];
  let number = documentNumber.number;
  for (let dot = number.lastIndexOf('.'); dot > 0; dot = number.lastIndexOf('.')) {
    number = number.slice(0, dot);
    keys.push(`${documentNumber.prefix} ${number}`);
  }
  return keys;
}

/** "GB/T 20001（所有部分）" lists every part of the document. */
export function listsAllParts(documentNumber: string): boolean {
  return documentNumber.includes('所有部分');
}
