import { Paragraph } from 'docx';
import type { DocumentNumbering } from '../../../shared/document/numbering';
import { outlineOf, type OutlineItem } from '../../../shared/document/outline';
import { textRun } from './inline-runs';
import { characterWidth } from './layout-measures';
import { sectionTitleParagraph } from './paragraph-styles';

/** "前言", "1 范围", "附录A（规范性） 试验数据记录", "参考文献": what the 目次 lists for one outline item. */
function entryText(item: OutlineItem, normativeByAnnexId: ReadonlyMap<string, boolean>): string {
  switch (item.kind) {
    case 'foreword':
      return '前言';
    case 'introduction':
      return '引言';
    case 'bibliography':
      return '参考文献';
    case 'annex': {
      const normative = item.id === null ? false : normativeByAnnexId.get(item.id) === true;
      return `附录${item.number ?? ''}${normative ? '（规范性）' : '（资料性）'}\u3000${item.title}`;
    }
    case 'clause':
      return item.title === '' ? (item.number ?? '') : `${item.number ?? ''}\u3000${item.title}`;
  }
}

/**
 * 目次 from the outline: 前言, 引言, every chapter, every annex and 参考文献, chapters indented one character.
 * Page numbers are left out: a word processor adds them when it lays out the pages.
 */
export function contentsParagraphs(numbering: DocumentNumbering, normativeByAnnexId: ReadonlyMap<string, boolean>): Paragraph[] {
  const entries = outlineOf(numbering).filter((item) => item.kind !== 'clause' || item.level === 1);
  return [
    sectionTitleParagraph('目\u3000\u3000次', false),
    ...entries.map((item) => new Paragraph({ indent: { left: item.kind === 'clause' ? characterWidth : 0 }, spacing: { after: 60 }, children: [textRun(entryText(item, normativeByAnnexId))] })),
  ];
}
