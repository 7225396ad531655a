import type { LintRuleDescription } from './lint-types';
import type { LintRule } from './lint-rule';
import { annexTitlePresent, figureTitlePresent, tableTitlePresent } from './rules/caption-titles';
import { citedDocumentListed } from './rules/cited-document-listed';
import { clauseDepth } from './rules/clause-depth';
import { crossReferenceResolves } from './rules/cross-reference-resolves';
import { definitionHasNoRequirement } from './rules/definition-has-no-requirement';
import { definitionStyle } from './rules/definition-style';
import { duplicateReference } from './rules/duplicate-reference';
import { duplicateTerm } from './rules/duplicate-term';
import { annexIsReferenced, figureIsReferenced, tableIsReferenced } from './rules/element-is-referenced';
import { elementOrder } from './rules/element-order';
import { emptyClause } from './rules/empty-clause';
import { emptyClauseTitle } from './rules/empty-clause-title';
import { figureHasImage } from './rules/figure-has-image';
import { footnoteHasText } from './rules/footnote-has-text';
import { forewordPresent } from './rules/foreword-present';
import { forewordStandardSentence } from './rules/foreword-standard-sentence';
import { formulaHasContent } from './rules/formula-has-content';
import { formulaParses } from './rules/formula-parses';
import { hangingParagraph } from './rules/hanging-paragraph';
import { listHasLeadIn } from './rules/list-has-lead-in';
import { listNumberingContinuous } from './rules/list-numbering-continuous';
import { listedDocumentCited } from './rules/listed-document-cited';
import { lookAlikeCharacters } from './rules/look-alike-characters';
import { normativeReferencesLeadIn, normativeReferencesLeadInMatchesList } from './rules/normative-references-lead-in';
import { noteIsNotRequirement } from './rules/note-is-not-requirement';
import { onlyChildClause } from './rules/only-child-clause';
import { referenceEntryPlacement } from './rules/reference-entry-placement';
import { referenceHasDocumentNumber } from './rules/reference-has-document-number';
import { requiredChapters } from './rules/required-chapters';
import { noRequirementWordingInForeword, noRequirementWordingInIntroduction } from './rules/requirement-wording-in-preliminary';
import { scopeChapterFirst } from './rules/scope-chapter-first';
import { siblingTitlesConsistent } from './rules/sibling-titles-consistent';
import { termHasBothLanguages, termHasDefinition } from './rules/term-entry-content';
import { termInTermsChapter } from './rules/term-in-terms-chapter';
import { termIsUsed } from './rules/term-is-used';
import { termsLeadIn, termsLeadInMatchesEntries } from './rules/terms-lead-in';
import { titlePunctuation } from './rules/title-punctuation';
import { typedNumber } from './rules/typed-number';
import { uniqueStableIds } from './rules/unique-stable-ids';
import { annexHasNoScopeOrTerms } from './rules/annex-has-no-scope-or-terms';
import { coverFieldsPresent } from './rules/cover-fields-present';
import { datedReferenceToSpecificPart } from './rules/dated-reference-to-specific-part';
import { exampleIsNotAClause } from './rules/example-is-not-a-clause';
import { forewordContentOrder } from './rules/foreword-content-order';
import { generalClauseFirst } from './rules/general-clause-first';
import { listDepth } from './rules/list-depth';
import { noPageNumbers } from './rules/no-page-numbers';
import { normativeCitationInChapterTwo } from './rules/normative-citation-in-chapter-two';
import { referenceListOrder } from './rules/reference-list-order';
import { tableCellContent } from './rules/table-cell-content';
import { technicalChapterPresent } from './rules/technical-chapter-present';
import { informativePointerWording } from './rules/informative-pointer-wording';
import { noLawsInNormativeReferences, referenceHasTitle } from './rules/reference-entry-content';
import { termSourceForm } from './rules/term-source-form';
import { symbolsInOrder, symbolsLeadIn, symbolsNotNumbered } from './rules/symbols-chapter';
import { formulaSymbolsExplained } from './rules/formula-symbols-explained';
import { forewordPatentNotice } from './rules/foreword-patent-notice';
import { partTitleForm } from './rules/part-title-form';
import { typedListItem } from './rules/typed-list-item';
import { listItemPunctuation } from './rules/list-item-punctuation';
import { noContractualRequirements } from './rules/no-contractual-requirements';
import { titleFunctionWords } from './rules/title-function-words';
import { forbiddenProvisionAlternatives } from './rules/forbidden-provision-alternatives';
import { noFootnoteInTermEntry } from './rules/no-footnote-in-term-entry';
import { normativeReferencesNotSubdivided } from './rules/normative-references-not-subdivided';
import { scopeHasNoRequirements } from './rules/scope-has-no-requirements';
import { tableHasHeaderRow } from './rules/table-has-header-row';
import { thisDocumentWording } from './rules/this-document-wording';
import { untitledClauseNotSubdivided } from './rules/untitled-clause-not-subdivided';
import { vagueWordingInProvision } from './rules/vague-wording-in-provision';

/** Every structure rule of GB/T 1.1-2020 the checker knows, grouped as a drafter reads the standard. */
export const lintRules: readonly LintRule[] = [
  // Elements and chapters
  coverFieldsPresent,
  partTitleForm,
  titleFunctionWords,
  forewordPresent,
  requiredChapters,
  scopeChapterFirst,
  elementOrder,
  emptyClauseTitle,
  emptyClause,
  technicalChapterPresent,
  annexHasNoScopeOrTerms,
  scopeHasNoRequirements,
  normativeReferencesNotSubdivided,
  // Fixed wording
  forewordStandardSentence,
  forewordContentOrder,
  forewordPatentNotice,
  normativeReferencesLeadIn,
  normativeReferencesLeadInMatchesList,
  termsLeadIn,
  termsLeadInMatchesEntries,
  symbolsLeadIn,
  symbolsNotNumbered,
  symbolsInOrder,
  // Clauses
  hangingParagraph,
  onlyChildClause,
  siblingTitlesConsistent,
  clauseDepth,
  untitledClauseNotSubdivided,
  generalClauseFirst,
  exampleIsNotAClause,
  titlePunctuation,
  typedNumber,
  // Lists, notes, examples
  listHasLeadIn,
  listNumberingContinuous,
  listDepth,
  typedListItem,
  listItemPunctuation,
  noteIsNotRequirement,
  // Requirement wording
  noRequirementWordingInForeword,
  noRequirementWordingInIntroduction,
  forbiddenProvisionAlternatives,
  vagueWordingInProvision,
  noContractualRequirements,
  thisDocumentWording,
  noPageNumbers,
  informativePointerWording,
  // Terms
  termHasBothLanguages,
  termHasDefinition,
  definitionStyle,
  definitionHasNoRequirement,
  noFootnoteInTermEntry,
  termSourceForm,
  termIsUsed,
  termInTermsChapter,
  duplicateTerm,
  // References
  crossReferenceResolves,
  citedDocumentListed,
  normativeCitationInChapterTwo,
  datedReferenceToSpecificPart,
  listedDocumentCited,
  duplicateReference,
  referenceEntryPlacement,
  referenceHasDocumentNumber,
  referenceListOrder,
  referenceHasTitle,
  noLawsInNormativeReferences,
  // Annexes, tables, figures, formulas, footnotes
  annexTitlePresent,
  annexIsReferenced,
  tableTitlePresent,
  tableIsReferenced,
  tableHasHeaderRow,
  tableCellContent,
  figureTitlePresent,
  figureHasImage,
  figureIsReferenced,
  formulaHasContent,
  formulaParses,
  formulaSymbolsExplained,
  footnoteHasText,
  // Characters and ids
  lookAlikeCharacters,
  uniqueStableIds,
];

/** The rules as the settings page and the help panel list them. */
export function describeLintRules(): LintRuleDescription[] {
  return lintRules.map(({ id, severity, source, description }) => ({ id, severity, source, description }));
}

const sourcesByRuleId: ReadonlyMap<string, string> = new Map(lintRules.map((rule) => [rule.id, rule.source]));

/** The clause a rule comes from ("GB/T 1.1-2020 9.5.2"), for a finding to cite; null for an unknown rule. */
export function lintRuleSourceOf(ruleId: string): string | null {
  return sourcesByRuleId.get(ruleId) ?? null;
}
