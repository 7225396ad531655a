import type { PanelPosition } from '../../../shared/domain/review/eligibility';
import type { ReviewKind } from '../../../shared/domain/review/rule-sets';
import type { Vote } from '../../../shared/domain/review/tally';
import { bodyDateTimeKey, formatBodyDate } from '../../../shared/time/body-time';
import type { MinutesOpinion, ReviewMinutesFacts } from './minutes-facts';

export const voteWords: Record<Vote, string> = { yes: '同意', no: '不同意', abstain: '弃权' };
export const notVotedWord = '未表决';
export const paperBallotMark = '（纸质表决单）';

export const meetingModeWords: Record<NonNullable<ReviewMinutesFacts['mode']>, string> = { in_person: '现场', online: '线上', hybrid: '现场+线上' };

export const panelPositionWords: Record<PanelPosition, string> = { chair: '组长', vice_chair: '副组长', member: '成员' };

export const opinionDecisionWords: Record<NonNullable<MinutesOpinion['response']>['decision'], string> = { accepted: '采纳', not_accepted: '不采纳' };

const motionStateWords: Record<ReviewMinutesFacts['motions'][number]['state'], string> = { created: '尚未开始表决', open: '表决进行中', closed: '表决已结束' };

export function motionStateWord(state: ReviewMinutesFacts['motions'][number]['state']): string {
  return motionStateWords[state];
}

/** `2026年12月7日 14:00`, on the body's clock. */
export function minutesDateTime(date: Date, timeZone: string): string {
  const time = bodyDateTimeKey(date, timeZone).slice('yyyy-mm-dd '.length);
  return `${formatBodyDate(date, timeZone, 'zh-CN')} ${time}`;
}

export function minutesDateTimeOrUnset(date: Date | null, timeZone: string): string {
  return date === null ? '未定' : minutesDateTime(date, timeZone);
}

export function minutesTitle(facts: Pick<ReviewMinutesFacts, 'kind' | 'standardTitle'>): string {
  return `《${facts.standardTitle}》${minutesKindWord(facts.kind)}`;
}

export function minutesKindWord(kind: ReviewKind): string {
  return kind === 'meeting' ? '技术审查会议纪要' : '技术审查函审结论';
}

export function rollCallVoteWords(entry: { vote: Vote | null; enteredFromPaper: boolean }): string {
  const vote = entry.vote === null ? notVotedWord : voteWords[entry.vote];
  return entry.enteredFromPaper ? `${vote}${paperBallotMark}` : vote;
}

export function opinionAnswerWords(response: MinutesOpinion['response']): string {
  if (response === null) return '起草工作组尚未答复';
  const decision = opinionDecisionWords[response.decision];
  const reason = (response.reason ?? '').trim();
  return reason === '' ? decision : `${decision}。理由：${reason}`;
}

export function checkpointWords(checkpoint: ReviewMinutesFacts['checkpoint']): string {
  return checkpoint === null ? '记录日志检查点：尚无检查点' : `记录日志检查点：第 ${checkpoint.sequence} 条，SHA-256 ${checkpoint.hash}`;
}

/** `组长 / 研究员`: the seat on the panel, then the member's professional title when known. */
export function positionAndTitleWords(member: { position: PanelPosition; title: string | null }): string {
  const title = (member.title ?? '').trim();
  return title === '' ? panelPositionWords[member.position] : `${panelPositionWords[member.position]} / ${title}`;
}

const chineseNumerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Section numbers as Chinese documents write them: 一、二、… */
export function chineseSectionNumber(index: number): string {
  return `${chineseNumerals[index] ?? String(index + 1)}、`;
}
