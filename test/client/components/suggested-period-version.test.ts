import { describe, expect, it } from 'vitest';
import type { Version } from '../../../shared/api/versions';
import { suggestedPeriodVersion } from '../../../client/components/comment-periods/suggested-period-version';

function version(id: string, name: string): Version {
  return { id, name, stage: 'drafting', reason: 'manual', createdAt: '2026-12-01T00:00:00.000Z', createdBy: { id: 'u', displayName: '王秘书' } };
}

describe('the version a new comment period is offered on', () => {
  it('is the newest 征求意见稿, even when a later version was frozen by hand', () => {
    const versions = [version('c', '会后修改'), version('b', '征求意见稿（起草 → 征求意见）'), version('a', '征求意见稿（起草 → 征求意见）')];
    expect(suggestedPeriodVersion(versions)?.id).toBe('b');
  });

  it('is the newest version when none is a 征求意见稿, and none when there is no version', () => {
    expect(suggestedPeriodVersion([version('b', '第二稿'), version('a', '第一稿')])?.id).toBe('b');
    expect(suggestedPeriodVersion([])).toBeNull();
  });
});
