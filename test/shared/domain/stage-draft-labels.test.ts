import { describe, expect, it } from 'vitest';
import { draftLabelOfMove } from '../../../shared/domain/stages';

describe('the name of the version a stage move freezes', () => {
  it('is the draft the new stage works on', () => {
    expect(draftLabelOfMove('public_comment')).toBe('征求意见稿');
    expect(draftLabelOfMove('technical_review')).toBe('送审稿');
    expect(draftLabelOfMove('approval')).toBe('报批稿');
    expect(draftLabelOfMove('drafting')).toBe('工作组讨论稿');
  });

  it('is the stage once no draft is worked on', () => {
    expect(draftLabelOfMove('published')).toBe('发布');
  });
});
