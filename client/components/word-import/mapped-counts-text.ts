import { mappedElementKinds, type MappedElementKind, type WordImportReport } from '../../../shared/api/word-import';
import type { MessageKey } from '../../i18n/chinese';
import { currentLanguage } from '../../i18n/language';
import { translate } from '../../i18n/translate';

const countKeys: Record<MappedElementKind, { one: MessageKey; other: MessageKey }> = {
  clauses: { one: 'wordImportMappedClausesOne', other: 'wordImportMappedClauses' },
  annexes: { one: 'wordImportMappedAnnexesOne', other: 'wordImportMappedAnnexes' },
  terms: { one: 'wordImportMappedTermsOne', other: 'wordImportMappedTerms' },
  references: { one: 'wordImportMappedReferencesOne', other: 'wordImportMappedReferences' },
  tables: { one: 'wordImportMappedTablesOne', other: 'wordImportMappedTables' },
  figures: { one: 'wordImportMappedFiguresOne', other: 'wordImportMappedFigures' },
  formulas: { one: 'wordImportMappedFormulasOne', other: 'wordImportMappedFormulas' },
  notes: { one: 'wordImportMappedNotesOne', other: 'wordImportMappedNotes' },
  examples: { one: 'wordImportMappedExamplesOne', other: 'wordImportMappedExamples' },
  footnotes: { one: 'wordImportMappedFootnotesOne', other: 'wordImportMappedFootnotes' },
  lists: { one: 'wordImportMappedListsOne', other: 'wordImportMappedLists' },
  crossReferences: { one: 'wordImportMappedCrossReferencesOne', other: 'wordImportMappedCrossReferences' },
  coverFields: { one: 'wordImportMappedCoverFieldsOne', other: 'wordImportMappedCoverFields' },
};

/** "12 个章条、3 个附录、8 个术语": every kind the file gave at least one of, in the order of the contract; null for none. */
export function mappedCountsText(mapped: WordImportReport['mapped']): string | null {
  const plural = new Intl.PluralRules(currentLanguage());
  const parts = mappedElementKinds.flatMap((kind) => {
    const count = mapped[kind];
    if (count === 0) return [];
    const keys = countKeys[kind];
    return [translate(plural.select(count) === 'one' ? keys.one : keys.other, { count })];
  });
  return parts.length === 0 ? null : parts.join(translate('wordImportListSeparator'));
}
