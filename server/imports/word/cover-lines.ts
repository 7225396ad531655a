import type { CoverField } from '../../../shared/editor/preliminary-nodes';
import { compact, tidy } from './classify-paragraph';

export interface CoverReading {
  fields: Partial<Record<CoverField, string>>;
  /** Lines that said nothing the cover holds. */
  unread: string[];
}

const date = '(\\d{4}[-－.年]\\d{1,2}[-－.月]\\d{1,2}日?|[×X]{4}-[×X]{2}-[×X]{2})';

function isoDate(text: string): string {
  const parts = text.match(/\d+/g);
  if (!parts || parts.length < 3) return '';
  const [year = '', month = '', day = ''] = parts;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The lines before 前言 (or the first chapter), read as the cover's fields. */
export function readCoverLines(lines: string[]): CoverReading {
  const fields: Partial<Record<CoverField, string>> = {};
  const unread: string[] = [];
  const titles: string[] = [];
  for (const raw of lines.flatMap((line) => line.split('\n')).map(tidy).filter((line) => line !== '')) {
    const line = raw;
    const dense = compact(line);
    const ics = /^ICS[\s\u3000]*(.+)$/i.exec(line);
    const ccs = /^CCS[\s\u3000]*(.+)$/i.exec(line);
    const number = /^T\/([A-Z]{2,10})[\s\u3000]*(\d{1,5})(?:[-—–]+(\d{4}))?$/.exec(dense);
    const published = new RegExp(`${date}发布`).exec(dense);
    const implemented = new RegExp(`${date}实施`).exec(dense);
    const draftLabel = /^[（(]([^()（）]{2,12}稿)[)）]$/.exec(dense);
    const issuer = /^(.{2,40}?)发布$/.exec(dense);
    const replaces = /^代替((?:T\/[A-Z]{2,10}|GB\/T|GB)\d.*)$/.exec(dense);
    const consistency = /^[（(]((?:ISO|IEC)[^()（）]*[，,][\s\u3000]*(?:IDT|MOD|NEQ))[)）]$/.exec(line);
    if (ics) fields.icsCode = tidy(ics[1] ?? '');
    else if (ccs) fields.ccsCode = tidy(ccs[1] ?? '');
    else if (replaces) fields.replaces = tidy(line.replace(/^代替[\s\u3000]*/, ''));
    else if (consistency) fields.consistency = tidy(consistency[1] ?? '');
    else if (number) {
      fields.bodyCode = number[1] ?? '';
      fields.sequenceNumber = number[2] ?? '';
      if (number[3]) fields.year = number[3];
    } else if (/^T\/[A-Z]+$/.test(dense) || dense === '团体标准' || /^[（(]?本稿完成日期/.test(dense) || dense.startsWith('在提交反馈意见时')) {
      continue;
    } else if (published || implemented) {
      if (published) fields.publicationDate = published[1]?.includes('×') ? '' : isoDate(published[1] ?? '');
      if (implemented) fields.implementationDate = implemented[1]?.includes('×') ? '' : isoDate(implemented[1] ?? '');
    } else if (draftLabel) fields.draftLabel = draftLabel[1] ?? '';
    else if (issuer && !/\d/.test(issuer[1] ?? '')) fields.issuingBody = issuer[1] ?? '';
    else if (/[\u4e00-\u9fff]/.test(line) && !fields.titleChinese) titles.push(line);
    else if (/^[A-Za-z][A-Za-z0-9 ,.;:'’()\-—–/&]+$/.test(line) && !fields.titleEnglish) fields.titleEnglish = line;
    else unread.push(line);
  }
  if (titles.length > 0) fields.titleChinese = titles.join(' ');
  return { fields, unread };
}
