/** Interface words the derived decorations need, in the current language; numbers and labels stay Chinese document text. */
export interface DerivedTexts {
  /** Title of a cross-reference whose target is gone. */
  crossReferenceBrokenTitle: string;
  /** Shown in place of the number when the target is gone. */
  crossReferenceBrokenText: string;
  switchToInformative: string;
  switchToNormative: string;
  generatedFromCover: string;
}
