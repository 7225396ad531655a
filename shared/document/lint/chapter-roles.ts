/** What a chapter is, judged from its title. */
export type ChapterRole =
  | 'scope'
  | 'normativeReferences'
  | 'termsAndDefinitions'
  | 'symbolsAndAbbreviations'
  /** 前言, 引言, 参考文献, 附录… typed as a numbered chapter instead of using their own element. */
  | 'misplacedElement'
  | 'technical';

export const scopeTitle = '范围';
export const normativeReferencesTitle = '规范性引用文件';
export const termsAndDefinitionsTitle = '术语和定义';

const termsTitlePattern = /^术语(?:和|及|、)定义/;
const symbolsTitlePattern = /^(?:符号|代号|缩略语|缩写)/;
const misplacedElementPattern = /^(?:前言|引言|目次|参考文献|索引|附录)/;

function compact(title: string): string {
  return title.replace(/[\s\u3000]+/g, '');
}

export function chapterRoleOf(title: string): ChapterRole {
  const compacted = compact(title);
  if (compacted === scopeTitle) return 'scope';
  if (compacted === normativeReferencesTitle) return 'normativeReferences';
  if (termsTitlePattern.test(compacted)) return 'termsAndDefinitions';
  if (symbolsTitlePattern.test(compacted)) return 'symbolsAndAbbreviations';
  if (misplacedElementPattern.test(compacted)) return 'misplacedElement';
  return 'technical';
}
