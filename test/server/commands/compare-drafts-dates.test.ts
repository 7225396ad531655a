import { afterAll, describe, expect, it } from 'vitest';
import { renderRedlineHtml } from '../../../shared/document/compare/render-redline-html';
import { compareDrafts } from '../../../server/commands/compare-drafts';
import { createStandard } from '../../../server/commands/create-standard';
import { freezeVersion } from '../../../server/commands/freeze-version';
import { insertTestUser, openTestDatabase } from '../../helpers/test-database';

describe('the redline dates its versions in the body time zone', () => {
  const connection = openTestDatabase();
  afterAll(() => connection.remove());

  it('labels a version frozen at 00:30 in Shanghai on the 7th (16:30 UTC on the 6th) with the 7th, and the live draft with today there', () => {
    const secretariat = insertTestUser(connection, 'secretary');
    const standard = createStandard({ database: connection.database, creatorId: secretariat.id, request: { title: '智能制造 术语' }, now: new Date('2026-12-01T00:00:00Z') });
    const version = freezeVersion({ database: connection.database, standard, createdBy: secretariat.id, name: '征求意见稿', reason: 'manual', now: new Date('2026-12-06T16:30:00Z') });

    const inShanghai = compareDrafts(connection.database, standard.id, version.id, 'live', { timeZone: 'Asia/Shanghai', now: new Date('2026-12-08T15:00:00Z') });
    expect(inShanghai.fromLabel).toBe('征求意见稿（2026-12-07）');
    expect(inShanghai.toLabel).toBe('当前草案（2026-12-08）');
    const html = renderRedlineHtml(inShanghai.comparison, { standardTitle: standard.title, fromLabel: inShanghai.fromLabel, toLabel: inShanghai.toLabel, language: 'zh' });
    expect(html).toContain('征求意见稿（2026-12-07） → 当前草案（2026-12-08）');

    const inNewYork = compareDrafts(connection.database, standard.id, version.id, 'live', { timeZone: 'America/New_York', now: new Date('2026-12-08T15:00:00Z') });
    expect(inNewYork.fromLabel).toBe('征求意见稿（2026-12-06）');
  });
});
