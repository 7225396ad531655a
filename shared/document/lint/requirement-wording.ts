import { allMatches } from './all-matches';

/**
 * The kinds of provision of GB/T 1.1-2020 clause 9.1 and Annex C Table C.1, by the words that express them.
 * Possibility (能, 可能) is a statement, not a provision, and is left out.
 */
export type ProvisionKind = 'requirement' | 'recommendation' | 'permission';

export interface ProvisionWording {
  word: string;
  kind: ProvisionKind;
}

/**
 * Table C.1: 应 / 不应 with their equivalents 应该, 只准许 / 不应该, 不准许; 宜 / 不宜 with 推荐, 建议 / 不推荐, 不建议;
 * 可 / 不必 with 可以, 允许 / 无须, 不需要. 应当, 必须, 不得, 禁止 and 不可 are read as requirements too, so that a
 * rule that forbids requirements also catches the wording Table C.1's note tells drafters not to use.
 */
const provisionWords: ReadonlyMap<string, ProvisionKind> = new Map([
  ['不应该', 'requirement'],
  ['不准许', 'requirement'],
  ['只准许', 'requirement'],
  ['不应', 'requirement'],
  ['应该', 'requirement'],
  ['应当', 'requirement'],
  ['必须', 'requirement'],
  ['不得', 'requirement'],
  ['禁止', 'requirement'],
  ['不可', 'requirement'],
  ['应', 'requirement'],
  ['不推荐', 'recommendation'],
  ['不建议', 'recommendation'],
  ['不宜', 'recommendation'],
  ['推荐', 'recommendation'],
  ['建议', 'recommendation'],
  ['宜', 'recommendation'],
  ['不需要', 'permission'],
  ['可以', 'permission'],
  ['允许', 'permission'],
  ['不必', 'permission'],
  ['无须', 'permission'],
  ['可', 'permission'],
]);

/** Longest words first, so that 不应 is not read as 应. */
const provisionWordPattern = new RegExp([...provisionWords.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
const mayHoldProvisionWording = /[应宜得须止可推建许必需]/;

/** Words in which 应 is not "shall": 响应, 对应, 相应, 供应, 适应… */
const charactersBeforeNonModalShall = new Set('响对相供适反效回感答呼照顺报策承内接因');
/** Words in which 应 is not "shall": 应用, 应急, 应力, 应变… */
const charactersAfterNonModalShall = new Set('用急力变答聘届邀运激酬诉征战试召景验声和允承');
/** 应对 is "cope with" before these words or after these ("应对措施", "为了应对"); otherwise 应 + 对 is "shall … to". */
const copeWithFollowers = /^(?:措施|方案|策略|机制|预案|能力|突发|风险|挑战|气候|处置|变化|危机)/;
const copeWithLeaders = /(?:为了|为|以|积极|有效|及时|共同|如何|用于)$/;
/** Words in which 宜 is not "should": 适宜, 便宜, 事宜… */
const charactersBeforeNonModalShould = new Set('适便事权合机');
/** Words in which 可 is not "may": 可靠, 可能 (possibility), 可见, 许可, 认可, 不可逆… */
const charactersAfterNonPermissionMay = new Set('靠能见用行信控燃溶视读逆选调塑比观惜爱怕疑');
const charactersBeforeNonPermissionMay = new Set('许认宁即尽');
/** 不可 that is no prohibition: 必不可少, 不可缺少, 不可避免, 不可分割, 不可抗力, 不可忽视. */
const charactersAfterNonProhibition = new Set('少缺避分抗忽替');
/** 建议 and 推荐 as nouns or titles ("意见和建议", "推荐性标准") are not recommendations. */
const charactersAfterNonProvisionRecommend = new Set('性书稿值');
const charactersBeforeNonProvisionRecommend = new Set('和的或及');

function isProvisionAt(text: string, word: string, index: number): boolean {
  const before = text.charAt(index - 1);
  const after = text.charAt(index + word.length);
  switch (word) {
    case '应':
      if (charactersBeforeNonModalShall.has(before)) return false;
      if (after === '对') return !copeWithFollowers.test(text.slice(index + 2)) && !copeWithLeaders.test(text.slice(0, index));
      return !charactersAfterNonModalShall.has(after);
    case '宜':
      return !charactersBeforeNonModalShould.has(before);
    case '可':
      return !charactersAfterNonPermissionMay.has(after) && !charactersBeforeNonPermissionMay.has(before);
    case '不可':
      return before !== '必' && !charactersAfterNonPermissionMay.has(after) && !charactersAfterNonProhibition.has(after);
    case '建议':
    case '推荐':
      return !charactersAfterNonProvisionRecommend.has(after) && !charactersBeforeNonProvisionRecommend.has(before);
    default:
      return true;
  }
}

/** Every provision word in the text, in order. */
export function findProvisionWordings(text: string): ProvisionWording[] {
  if (!mayHoldProvisionWording.test(text)) return [];
  const found: ProvisionWording[] = [];
  for (const match of allMatches(provisionWordPattern, text)) {
    const word = match[0];
    const kind = provisionWords.get(word);
    if (kind && isProvisionAt(text, word, match.index)) found.push({ word, kind });
  }
  return found;
}

/** The first provision word of one of the kinds, or null. */
export function findProvisionWording(text: string, kinds: readonly ProvisionKind[]): ProvisionWording | null {
  return findProvisionWordings(text).find((wording) => kinds.includes(wording.kind)) ?? null;
}

/** The first requirement or recommendation word in the text, or null when there is none. */
export function findRequirementWording(text: string): string | null {
  return findProvisionWording(text, ['requirement', 'recommendation'])?.word ?? null;
}

/**
 * Words Table C.1's note says not to use for 应 / 不应 (必须, 不得, 禁止, 不可), with 只准许 and 不准许, which the
 * association reviewers this product serves ask drafters to replace by 应 / 不应 as well.
 */
const forbiddenAlternatives: ReadonlyMap<string, string> = new Map([
  ['必须', '应'],
  ['只准许', '应'],
  ['不得', '不应'],
  ['禁止', '不应'],
  ['不可', '不应'],
  ['不准许', '不应'],
]);

/** The first forbidden alternative of 应 / 不应 in the text, with the word to use instead. */
export function findForbiddenProvisionAlternative(text: string): { word: string; instead: string } | null {
  for (const wording of findProvisionWordings(text)) {
    const instead = forbiddenAlternatives.get(wording.word);
    if (instead) return { word: wording.word, instead };
  }
  return null;
}
