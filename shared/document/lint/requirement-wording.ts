import { allMatches } from './all-matches';

/**
 * The wording of requirements (应, 不应 and their equivalents 应当, 必须, 不得) and recommendations (宜, 不宜)
 * from GB/T 1.1-2020. Permissions (可) and possibilities (能) are left out: notes and forewords use them freely.
 */
const requirementWordPattern = /不应|不宜|不得|必须|应当|应该|应|宜/g;
const mayHoldRequirementWording = /[应宜得须]/;

/** Words in which 应 is not "shall": 响应, 对应, 相应, 供应, 适应… */
const charactersBeforeNonModalShall = new Set('响对相供适反效回感答呼照顺报策承内接因');
/** Words in which 应 is not "shall": 应用, 应急, 应力, 应变… */
const charactersAfterNonModalShall = new Set('用急力变答聘届邀运激酬诉征战试召景验声和允承');
/** Words in which 宜 is not "should": 适宜, 便宜, 事宜… */
const charactersBeforeNonModalShould = new Set('适便事权合机');

/** The first requirement or recommendation word in the text, or null when there is none. */
export function findRequirementWording(text: string): string | null {
  if (!mayHoldRequirementWording.test(text)) return null;
  for (const match of allMatches(requirementWordPattern, text)) {
    const word = match[0];
    const index = match.index;
    const before = text.charAt(index - 1);
    const after = text.charAt(index + word.length);
    if (word === '应' && (charactersBeforeNonModalShall.has(before) || charactersAfterNonModalShall.has(after))) continue;
    if (word === '宜' && charactersBeforeNonModalShould.has(before)) continue;
    return word;
  }
  return null;
}
