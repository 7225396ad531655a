import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { clauseEdits } from '../schema';
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
}

/** The update log's inserts, written by drizzle from the schema so the writer thread needs no copy of it. */
export function updateLogStatements(database: Database): UpdateLogStatements {
  const appendUpdate = documentUpdateInsert(database).toSQL();
  const recordClauseEdit = database
    .insert(clauseEdits)
    .values({ documentName: sql.placeholder('documentName'), clauseId: sql.placeholder('clauseId'), userId: sql.placeholder('userId'), editedAt: sql.placeholder('editedAt') })
    .toSQL();
  return { appendUpdate: statementText(appendUpdate), recordClauseEdit: statementText(recordClauseEdit) };
}
