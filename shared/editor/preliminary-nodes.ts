import { dataAttribute, defineBlockNode } from './define-block-node';
import { nodeNames } from './node-names';

/** Cover metadata, kept as attributes of one node so collaborators edit it live. */
export const coverFields = [
  'icsCode',
  'ccsCode',
  'titleChinese',
  'titleEnglish',
  'bodyCode',
  'issuingBody',
  'sequenceNumber',
  'year',
  'draftLabel',
  /** "T/CAS 1—2020" (printed "代替 T/CAS 1—2020" under the number): the edition this one replaces. */
  'replaces',
  /** "ISO 9001:2015，MOD" (printed in brackets under the English title): the degree of consistency with an international document. */
  'consistency',
  'publicationDate',
  'implementationDate',
  'proposingUnit',
  'administeringUnit',
  'draftingUnits',
  'principalDrafters',
] as const;

export type CoverField = (typeof coverFields)[number];
export type CoverMetadata = Record<CoverField, string>;

export const Cover = defineBlockNode({
  name: nodeNames.cover,
  content: '',
  tag: 'header',
  atom: true,
  attributes: () => Object.fromEntries(coverFields.map((field) => [field, dataAttribute(field, '')])),
});

/** What 前言 and 引言 hold after their first paragraph: paragraphs, lists and notes, as GB/T 1.1-2020 8.3 and 8.4 allow. */
const preliminaryContent = `${nodeNames.paragraph} (${nodeNames.paragraph} | ${nodeNames.bulletList} | ${nodeNames.orderedList} | ${nodeNames.note})*`;

/** 前言: unnumbered; its heading and the sentences generated from the cover are printed, never typed. */
export const Foreword = defineBlockNode({ name: nodeNames.foreword, content: preliminaryContent, tag: 'section', isolating: true });

/** 引言: unnumbered, optional. */
export const Introduction = defineBlockNode({ name: nodeNames.introduction, content: preliminaryContent, tag: 'section', isolating: true });
