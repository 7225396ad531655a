/**
 * The terms a document defines, ready to be looked for in text. It finds every term in one pass over a text:
 * terms are grouped by their first character, and a bitmap of first characters lets the scan skip almost every
 * position without a lookup.
 */
export class Vocabulary {
  private readonly isFirstCharacter = new Uint8Array(0x10000);
  private readonly termsByFirstCharacter = new Map<number, string[]>();

  constructor(terms: ReadonlySet<string>) {
    for (const term of terms) {
      const code = term.charCodeAt(0);
      this.isFirstCharacter[code] = 1;
      const group = this.termsByFirstCharacter.get(code);
      if (group) group.push(term);
      else this.termsByFirstCharacter.set(code, [term]);
    }
  }

  /** The distinct terms the text uses, in the order they first occur. */
  termsIn(text: string): readonly string[] {
    let found: string[] | null = null;
    for (let offset = 0; offset < text.length; offset += 1) {
      const code = text.charCodeAt(offset);
      if (this.isFirstCharacter[code] !== 1) continue;
      for (const term of this.termsByFirstCharacter.get(code) ?? []) {
        if (!text.startsWith(term, offset)) continue;
        found ??= [];
        if (!found.includes(term)) found.push(term);
      }
    }
    return found ?? noTerms;
  }
}

const noTerms: readonly string[] = [];
