import { describe, expect, it } from 'vitest';
import { isMoveBack, laterStages, mainStages, stageStatus } from '../../../client/components/stages/stage-order';
import { stages } from '../../../shared/domain/stages';

describe('stage order of the timeline', () => {
  it('shows every stage of the life cycle exactly once', () => {
    expect([...mainStages, ...laterStages].sort()).toEqual([...stages].sort());
  });

  it('marks the stages before the current one as passed', () => {
    expect(stageStatus('drafting', 'public_comment')).toBe('passed');
    expect(stageStatus('public_comment', 'public_comment')).toBe('current');
    expect(stageStatus('technical_review', 'public_comment')).toBe('ahead');
    expect(stageStatus('published', 'periodic_review')).toBe('passed');
  });

  it('knows a return to drafting from a moving-on', () => {
    expect(isMoveBack('public_comment', 'drafting')).toBe(true);
    expect(isMoveBack('drafting', 'public_comment')).toBe(false);
    expect(isMoveBack('periodic_review', 'published')).toBe(true);
  });
});
