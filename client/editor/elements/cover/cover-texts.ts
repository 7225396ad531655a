import type { CoverMetadata } from '../../../../shared/editor/preliminary-nodes';

const unknownPart = '×××';

/** "T/CAS 290—2026"; missing parts show as ×××, the way a drafter's template leaves them. */
export function coverStandardNumber(cover: Partial<CoverMetadata>): string {
  const bodyCode = cover.bodyCode?.trim() || unknownPart;
  const sequence = cover.sequenceNumber?.trim() || unknownPart;
  const year = cover.year?.trim() || '××××';
  return `T/${bodyCode} ${sequence}—${year}`;
}

export function coverBodyMark(cover: Partial<CoverMetadata>): string {
  return `T/${cover.bodyCode?.trim() || unknownPart}`;
}

export function coverDateLine(date: string | undefined, action: '发布' | '实施'): string {
  return `${date?.trim() || '××××-××-××'}${action}`;
}

/** The cover's last line: the issuing body's name, or its code while the name is not filled in, and "发布". */
export function coverIssuerLine(cover: Partial<CoverMetadata>): string {
  return `${cover.issuingBody?.trim() || cover.bodyCode?.trim() || unknownPart}\u3000发布`;
}

/** GB/T 1.1 asks drafts sent out for comment or review to invite patent information. */
export function coverPatentNotice(draftLabel: string | undefined): string | null {
  const label = draftLabel ?? '';
  if (!label.includes('征求意见稿') && !label.includes('送审稿')) return null;
  return '在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。';
}
