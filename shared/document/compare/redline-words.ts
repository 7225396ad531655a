import type { ClauseComparison } from '../../api/versions';

export type RedlineLanguage = 'zh' | 'en';

interface RedlineWords {
  comparison: string;
  changes: Record<Exclude<ClauseComparison['change'], 'unchanged'>, string>;
  unchangedNotListed: (count: number) => string;
  textUnchanged: string;
  annex: string;
  table: string;
  noNumber: string;
}

/** Every word the redline prints, in Chinese and English. */
export const redlineWords: Readonly<Record<RedlineLanguage, RedlineWords>> = {
  zh: {
    comparison: '比较：',
    changes: { added: '新增', removed: '删除', moved: '移动', changed: '修改', renumbered: '重新编号' },
    unchangedNotListed: (count) => `；${count} 条未变化（未列出）`,
    textUnchanged: '内容未修改',
    annex: '附录',
    table: '表',
    noNumber: '—',
  },
  en: {
    comparison: 'Comparison: ',
    changes: { added: 'Added', removed: 'Removed', moved: 'Moved', changed: 'Changed', renumbered: 'Renumbered' },
    unchangedNotListed: (count) => `; ${count} unchanged (not listed)`,
    textUnchanged: 'Text unchanged',
    annex: 'Annex ',
    table: 'Table ',
    noNumber: '—',
  },
};
