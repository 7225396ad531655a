import { describe, expect, it } from 'vitest';
import { blockingGate, stageGates, type StageGateFacts } from '../../../server/commands/stage-gates';

const nothingKnown: StageGateFacts = { commentPeriodEndsAt: null, commentsWithoutDisposition: null, reviewPassedOnCurrentDraft: null, reviewOpinionsWithoutAnswer: null, editionNumberAssigned: null };
const now = new Date('2026-11-21T08:00:00Z');

describe('stage gates', () => {
  it('declares the five gates of the life cycle', () => {
    expect(stageGates.map((gate) => gate.id)).toEqual(['comment_period_not_ended', 'comments_without_disposition', 'no_passed_review', 'review_opinions_unanswered', 'no_number_assigned']);
  });

  it('keeps a standard in approval from publication until its number is assigned', () => {
    expect(blockingGate('approval', 'published', { ...nothingKnown, editionNumberAssigned: false }, now)?.id).toBe('no_number_assigned');
    expect(blockingGate('approval', 'published', { ...nothingKnown, editionNumberAssigned: true }, now)).toBeNull();
    expect(blockingGate('approval', 'technical_review', { ...nothingKnown, editionNumberAssigned: false }, now)).toBeNull();
  });

  it('keeps a standard in public comment until its comment period has ended', () => {
    const open = { ...nothingKnown, commentPeriodEndsAt: new Date('2026-12-21T00:00:00Z') };
    expect(blockingGate('public_comment', 'technical_review', open, now)?.id).toBe('comment_period_not_ended');
    // Going back to 起草 closes the running period, so that gate does not hold it.
    expect(blockingGate('public_comment', 'drafting', open, now)).toBeNull();
    expect(blockingGate('public_comment', 'technical_review', { ...open, commentPeriodEndsAt: new Date('2026-11-20T00:00:00Z') }, now)).toBeNull();
  });

  it('keeps it out of technical review while comments have no disposition', () => {
    const gate = blockingGate('public_comment', 'technical_review', { ...nothingKnown, commentsWithoutDisposition: 3 }, now);
    expect(gate).toMatchObject({ id: 'comments_without_disposition', message: { zh: expect.stringContaining('3 条意见'), en: expect.stringContaining('3 comments') } });
    expect(blockingGate('public_comment', 'technical_review', { ...nothingKnown, commentsWithoutDisposition: 0 }, now)).toBeNull();
  });

  it('keeps it out of approval without a passed review on the current 送审稿', () => {
    expect(blockingGate('technical_review', 'approval', { ...nothingKnown, reviewPassedOnCurrentDraft: false }, now)?.id).toBe('no_passed_review');
    expect(blockingGate('technical_review', 'approval', { ...nothingKnown, reviewPassedOnCurrentDraft: true }, now)).toBeNull();
    expect(blockingGate('technical_review', 'approval', { ...nothingKnown, reviewPassedOnCurrentDraft: true, reviewOpinionsWithoutAnswer: 2 }, now)?.id).toBe('review_opinions_unanswered');
  });

  it('does not block while the feature behind a gate has recorded nothing', () => {
    expect(blockingGate('public_comment', 'technical_review', nothingKnown, now)).toBeNull();
    expect(blockingGate('technical_review', 'approval', nothingKnown, now)).toBeNull();
  });
});
