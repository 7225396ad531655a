import Database from 'better-sqlite3';

/** The record-log entries of a subject as the server wrote them, read straight from its SQLite file. */
export function ledgerRecordsOf(databasePath: string, subjectId: string): Array<{ kind: string; payload: Record<string, unknown>; actor: { username: string } | null }> {
  const connection = new Database(databasePath, { readonly: true });
  try {
    const rows = connection.prepare('SELECT canonical FROM ledger_records WHERE subject_id = ? ORDER BY sequence').all(subjectId) as Array<{ canonical: string }>;
    return rows.map(({ canonical }) => JSON.parse(canonical) as { kind: string; payload: Record<string, unknown>; actor: { username: string } | null });
  } finally {
    connection.close();
  }
}
