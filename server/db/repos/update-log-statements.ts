import { and, eq, lte, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { clauseEdits, documentSnapshots, documentUpdates } from '../schema';
import { documentUpdateInsert } from './document-storage';

/** SQL text with `?` parameters, and the name of the value each one takes, for a connection without drizzle. */
export interface StatementText {
  sql: string;
  parameterNames: string[];
}

function statementText(query: { sql: string; params: unknown[] }): StatementText {
  const parameterNames = query.params.map((parameter) => {
    const value = parameter !== null && typeof parameter === 'object' && 'value' in parameter ? parameter.value : parameter;
    if (value === null || typeof value !== 'object' || !('name' in value) || typeof value.name !== 'string') {
      throw new Error('every parameter of an update-log statement must be a named placeholder');
    }
    return value.name;
  });
  return { sql: query.sql, parameterNames };
}

export interface UpdateLogStatements {
  /** Parameters: documentName, update (bytes), userId, createdAt (milliseconds); returns the row's id. */
  appendUpdate: StatementText;
  /** Parameters: documentName, clauseId, userId, editedAt (milliseconds). */
  recordClauseEdit: StatementText;
  /** Parameters: documentName, state (bytes), updatedAt (milliseconds). */
  writeSnapshot: StatementText;
  /** Parameters: documentName, containsUpdatesThroughId: deletes the log entries a snapshot now contains. */
  compactLog: StatementText;
}

/** The update log's statements, written by drizzle from the schema so the writer thread needs no copy of it. */
export function updateLogStatements(database: Database): UpdateLogStatements {
  const appendUpdate = documentUpdateInsert(database).toSQL();
  const recordClauseEdit = database
    .insert(clauseEdits)
    .values({ documentName: sql.placeholder('documentName'), clauseId: sql.placeholder('clauseId'), userId: sql.placeholder('userId'), editedAt: sql.placeholder('editedAt') })
    .toSQL();
  const excluded = (column: { name: string }) => sql`excluded.${sql.identifier(column.name)}`;
  const writeSnapshot = database
    .insert(documentSnapshots)
    .values({ documentName: sql.placeholder('documentName'), state: sql.placeholder('state'), updatedAt: sql.placeholder('updatedAt') })
    .onConflictDoUpdate({ target: documentSnapshots.documentName, set: { state: excluded(documentSnapshots.state), updatedAt: excluded(documentSnapshots.updatedAt) } })
    .toSQL();
  const compactLog = database
    .delete(documentUpdates)
    .where(and(eq(documentUpdates.documentName, sql.placeholder('documentName')), lte(documentUpdates.id, sql.placeholder('containsUpdatesThroughId'))))
    .toSQL();
  return {
    appendUpdate: statementText(appendUpdate),
    recordClauseEdit: statementText(recordClauseEdit),
    writeSnapshot: statementText(writeSnapshot),
    compactLog: statementText(compactLog),
  };
}
