import type { ProjectCoverFacts } from '../../../shared/document/project-cover-fields';
import type { CoverMetadata } from '../../../shared/editor/preliminary-nodes';

const unknownPart = '×××';

/** The project's number facts win over the cover's copies; the year and dates are the cover's own. */
export interface CoverWording {
  icsLine: string;
  ccsLine: string;
  /** "T/CAS 290—2026", missing parts as ××× the way a drafter's template leaves them. */
  standardNumber: string;
  /** "代替 T/CAS 1—2020" under the number, or null when the edition replaces none. */
  replacesLine: string | null;
  chineseTitle: string;
  englishTitle: string;
  /** "（ISO 9001:2015，MOD）" under the English title, or null. */
  consistencyLine: string | null;
  /** "（征求意见稿）", or null on a published standard. */
  draftLabel: string | null;
  /** "（本稿完成日期：2026-12-07）" under the draft label: the day the version was frozen, or the day of the export. */
  draftDateLine: string | null;
  patentNotice: string | null;
  publicationLine: string;
  implementationLine: string;
  /** "中国标准化协会 发布"; the body code stands in while the cover has no issuing body's name. */
  issuerLine: string;
}

function field(cover: Partial<CoverMetadata>, name: keyof CoverMetadata): string {
  const value: unknown = cover[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** GB/T 1.1 asks drafts sent out for comment or review to invite patent information. */
function patentNoticeOf(draftLabel: string): string | null {
  if (!draftLabel.includes('征求意见稿') && !draftLabel.includes('送审稿')) return null;
  return '在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。';
}

/** `draftDate` is the document's date in the body's time zone, yyyy-mm-dd. */
export function coverWording(cover: Partial<CoverMetadata>, project: ProjectCoverFacts, draftDate: string): CoverWording {
  const bodyCode = project.bodyCode?.trim() || field(cover, 'bodyCode') || unknownPart;
  const sequence = project.sequenceNumber?.trim() || field(cover, 'sequenceNumber') || unknownPart;
  const year = field(cover, 'year') || '××××';
  const ics = field(cover, 'icsCode');
  const ccs = field(cover, 'ccsCode');
  const draftLabel = field(cover, 'draftLabel');
  const replaces = field(cover, 'replaces').replace(/^代替\s*/, '');
  const consistency = field(cover, 'consistency').replace(/^[（(]|[)）]$/g, '');
  return {
    icsLine: ics === '' ? 'ICS' : `ICS ${ics}`,
    ccsLine: ccs === '' ? 'CCS' : `CCS ${ccs}`,
    standardNumber: `T/${bodyCode} ${sequence}—${year}`,
    replacesLine: replaces === '' ? null : `代替 ${replaces}`,
    chineseTitle: project.title,
    englishTitle: project.titleEn?.trim() || field(cover, 'titleEnglish'),
    consistencyLine: consistency === '' ? null : `（${consistency}）`,
    draftLabel: draftLabel === '' ? null : `（${draftLabel}）`,
    draftDateLine: draftLabel === '' ? null : `（本稿完成日期：${draftDate}）`,
    patentNotice: patentNoticeOf(draftLabel),
    publicationLine: `${field(cover, 'publicationDate') || '××××-××-××'}发布`,
    implementationLine: `${field(cover, 'implementationDate') || '××××-××-××'}实施`,
    issuerLine: `${field(cover, 'issuingBody') || bodyCode}\u3000发布`,
  };
}
