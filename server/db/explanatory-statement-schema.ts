import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { standards, standardVersions } from './schema';

/** The 编制说明 as it stood when a version of the draft was frozen; never changed (triggers refuse it). */
export const explanatoryStatementVersions = sqliteTable(
  'explanatory_statement_versions',
  {
    versionId: text('version_id')
      .primaryKey()
      .references(() => standardVersions.id),
    standardId: text('standard_id')
      .notNull()
      .references(() => standards.id),
    state: blob('state', { mode: 'buffer' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('explanatory_statement_versions_standard_id_index').on(table.standardId, table.createdAt)],
);
