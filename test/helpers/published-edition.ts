import Database from 'better-sqlite3';
import type { ApiClient } from './api-client';

export interface PublishedEditionForTest {
  standardId: string;
  versionId: string;
  bodyCode: string;
  /** "012-2026", the path segment of the edition. */
  edition: string;
  publicationId: string;
  /** The outline of the frozen version: the clause ids a feedback may name. */
  clauses: Array<{ id: string; number: string | null; title: string }>;
}

interface Options {
  title?: string;
  bodyCode?: string;
  sequenceNumber?: string;
  year?: number;
  /** Left out: a number assigned in 批准 and not published yet. */
  published?: boolean;
}

/**
 * A standard of `secretariat` with a frozen version and an edition row pointing at it, written straight into the
 * server's SQLite file: the shortest way to a published edition without going through review and approval.
 */
export async function publishedEditionForTest(databasePath: string, secretariat: ApiClient, options: Options = {}): Promise<PublishedEditionForTest> {
  const bodyCode = options.bodyCode ?? 'CWA';
  const sequenceNumber = options.sequenceNumber ?? '012';
  const year = options.year ?? 2026;
  const created = await secretariat.post('/api/standards', { title: options.title ?? '城市供水 水质在线监测技术规范', bodyCode, sequenceNumber });
  if (created.status !== 201) throw new Error(`create standard failed: ${JSON.stringify(created.body)}`);
  const standardId = (created.body as { id: string }).id;
  const frozen = await secretariat.post(`/api/standards/${standardId}/versions`, { name: '发布稿' });
  if (frozen.status !== 201) throw new Error(`freeze failed: ${JSON.stringify(frozen.body)}`);
  const versionId = (frozen.body as { id: string }).id;
  const outline = (await secretariat.get(`/api/standards/${standardId}/versions/${versionId}/outline`)).body as { items: Array<{ id: string | null; number: string | null; title: string }> };
  const me = (await secretariat.get('/api/auth/me')).body as { user: { id: string } };
  const publicationId = `publication-${standardId}`;
  const now = Date.now();
  const published = options.published ?? true;
  const connection = new Database(databasePath);
  try {
    connection.pragma('busy_timeout = 5000');
    connection
      .prepare(
        `INSERT INTO publications (id, standard_id, body_code, sequence_number, year, assigned_by, assigned_at, version_id, published_on, implemented_on, published_by, published_at, review_due_on)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(publicationId, standardId, bodyCode, sequenceNumber, year, me.user.id, now, published ? versionId : null, published ? `${year}-01-15` : null, published ? `${year}-03-01` : null, published ? me.user.id : null, published ? now : null, published ? `${year + 5}-01-15` : null);
  } finally {
    connection.close();
  }
  return {
    standardId,
    versionId,
    bodyCode,
    edition: `${sequenceNumber}-${year}`,
    publicationId,
    clauses: outline.items.flatMap((item) => (item.id === null ? [] : [{ id: item.id, number: item.number, title: item.title }])),
  };
}
