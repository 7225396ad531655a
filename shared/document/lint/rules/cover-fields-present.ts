import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { findingAt } from '../lint-finding';

interface CoverField {
  attribute: string;
  zh: string;
  en: string;
  /** Only a published document carries it; a draft gets its number and dates at approval. */
  onlyWhenPublished: boolean;
}

const coverFields: readonly CoverField[] = [
  { attribute: 'titleChinese', zh: '文件名称', en: 'the title', onlyWhenPublished: false },
  { attribute: 'icsCode', zh: 'ICS号', en: 'the ICS code', onlyWhenPublished: false },
  { attribute: 'ccsCode', zh: 'CCS号', en: 'the CCS code', onlyWhenPublished: false },
  { attribute: 'sequenceNumber', zh: '文件编号', en: 'the document number', onlyWhenPublished: true },
  { attribute: 'publicationDate', zh: '发布日期', en: 'the publication date', onlyWhenPublished: true },
  { attribute: 'implementationDate', zh: '实施日期', en: 'the implementation date', onlyWhenPublished: true },
  { attribute: 'issuingBody', zh: '发布机构', en: 'the issuing body', onlyWhenPublished: true },
];

export const coverFieldsPresent: UnitLintRule = {
  id: 'cover-fields-present',
  severity: 'info',
  source: 'GB/T 1.1-2020 8.1',
  description: {
    zh: '封面给出文件名称、ICS号和CCS号；发布的文件还给出编号、发布和实施日期以及发布机构。',
    en: 'The cover gives the title and the ICS and CCS codes; a published document also its number, publication and implementation dates and issuing body.',
  },
  checkUnit(unit) {
    if (unit.kind !== 'cover') return [];
    const cover = unit.node;
    if (cover.type.name !== nodeNames.cover) return [];
    const isDraft = String(cover.attrs.draftLabel ?? '').trim() !== '' || String(cover.attrs.publicationDate ?? '').trim() === '';
    const missing = coverFields.filter((field) => !(isDraft && field.onlyWhenPublished) && String(cover.attrs[field.attribute] ?? '').trim() === '');
    if (missing.length === 0) return [];
    return [
      findingAt(
        unit.itself,
        `封面还缺少${missing.map((field) => field.zh).join('、')}，请在封面表单中填写。`,
        `The cover still lacks ${missing.map((field) => field.en).join(', ')}; fill them in on the cover form.`,
      ),
    ];
  },
};
