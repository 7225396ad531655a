import type { CoverField } from '../../../../shared/editor/preliminary-nodes';
import type { MessageKey } from '../../../i18n/chinese';

export interface CoverFieldDescription {
  field: CoverField;
  label: MessageKey;
  hint?: MessageKey;
  type: 'text' | 'date';
  /** Fields that take a whole row of the form. */
  wide?: boolean;
}

export const coverFieldGroups: Array<{ label: MessageKey; fields: CoverFieldDescription[] }> = [
  {
    label: 'coverGroupIdentification',
    fields: [
      { field: 'icsCode', label: 'coverIcsCode', hint: 'coverIcsCodeHint', type: 'text' },
      { field: 'ccsCode', label: 'coverCcsCode', hint: 'coverCcsCodeHint', type: 'text' },
      { field: 'bodyCode', label: 'coverBodyCode', hint: 'coverProjectFieldHint', type: 'text' },
      { field: 'sequenceNumber', label: 'coverSequenceNumber', hint: 'coverProjectFieldHint', type: 'text' },
      { field: 'year', label: 'coverYear', type: 'text' },
      { field: 'issuingBody', label: 'coverIssuingBody', hint: 'coverIssuingBodyHint', type: 'text', wide: true },
      { field: 'draftLabel', label: 'coverDraftLabel', hint: 'coverDraftLabelHint', type: 'text' },
      { field: 'replaces', label: 'coverReplaces', hint: 'coverReplacesHint', type: 'text' },
    ],
  },
  {
    label: 'coverGroupTitles',
    fields: [
      { field: 'titleChinese', label: 'coverTitleChinese', hint: 'coverProjectFieldHint', type: 'text', wide: true },
      { field: 'titleEnglish', label: 'coverTitleEnglish', hint: 'coverProjectFieldHint', type: 'text', wide: true },
      { field: 'consistency', label: 'coverConsistency', hint: 'coverConsistencyHint', type: 'text', wide: true },
    ],
  },
  {
    label: 'coverGroupDates',
    fields: [
      { field: 'publicationDate', label: 'coverPublicationDate', type: 'date' },
      { field: 'implementationDate', label: 'coverImplementationDate', type: 'date' },
    ],
  },
  {
    label: 'coverGroupForeword',
    fields: [
      { field: 'proposingUnit', label: 'coverProposingUnit', type: 'text', wide: true },
      { field: 'administeringUnit', label: 'coverAdministeringUnit', type: 'text', wide: true },
      { field: 'draftingUnits', label: 'coverDraftingUnits', hint: 'coverListHint', type: 'text', wide: true },
      { field: 'principalDrafters', label: 'coverPrincipalDrafters', hint: 'coverListHint', type: 'text', wide: true },
    ],
  },
];

/** The draft labels of GB/T 16733 stages, offered as suggestions. */
export const draftLabelSuggestions = ['工作组讨论稿', '征求意见稿', '送审稿', '报批稿'];
