import { afterAll, expect, it } from 'vitest';
import { createStandard } from '../../../server/commands/create-standard';
import { freezeVersion } from '../../../server/commands/freeze-version';
import { listVersionsOfStandard } from '../../../server/db/repos/versions';
import { insertTestUser, openTestDatabase } from '../../helpers/test-database';

const connection = openTestDatabase();
afterAll(() => connection.remove());

it('lists versions frozen in the same millisecond in the order they were made, the newest first', () => {
  const user = insertTestUser(connection, 'secretary');
  const standard = createStandard({ database: connection.database, creatorId: user.id, request: { title: '同一毫秒冻结的版本' }, now: new Date() });
  const now = new Date('2026-12-08T02:00:00.000Z');
  const names = Array.from({ length: 12 }, (_, index) => `版本${index + 1}`);
  for (const name of names) freezeVersion({ database: connection.database, standard, createdBy: user.id, name, reason: 'manual', now });
  expect(listVersionsOfStandard(connection.database, standard.id).map(({ version }) => version.name)).toEqual([...names].reverse());
});
