import { createHash, randomUUID } from 'node:crypto';
import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { collaborationFragmentName } from '../../shared/editor/document-extensions';
import { openDatabase, type DatabaseConnection } from '../../server/db/client';
import { publications } from '../../server/db/publication-schema';
import { insertImage } from '../../server/db/repos/images';
import { insertStandard, type StandardRecord } from '../../server/db/repos/standards';
import { insertUser, type UserRecord } from '../../server/db/repos/users';
import { insertVersion, type VersionRecord } from '../../server/db/repos/versions';
import { documentSchema } from '../../server/documents/document-schema';
import { collectVersionDocumentFacts } from '../../server/exports/standard-document/collect-standard-document-facts';
import { renderStandardDocx } from '../../server/exports/standard-document/render-standard-docx';

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export interface EditionSpecification {
  standard: StandardRecord;
  document: JSONContent;
  sequenceNumber: string;
  year: number;
  /** Left out: the number is assigned in 批准 but the edition is not published. */
  publishedOn?: string;
  implementedOn?: string;
  replacesPublicationId?: string;
  withdrawnOn?: string;
  publishedProcessDocuments?: string[];
}

/**
 * Writes published editions straight into the test server's database: a real frozen version of the given document,
 * its real .docx, a PDF stand-in (LibreOffice would take seconds per file) and the row the publish command writes.
 */
export class PublishedEditionFixture {
  readonly connection: DatabaseConnection;
  readonly publisher: UserRecord;
  #clock = Date.parse('2026-01-01T00:00:00Z');

  constructor(databasePath: string, publisherName = 'fixture-publisher') {
    this.connection = openDatabase(databasePath);
    this.publisher = { id: `user-${publisherName}`, username: publisherName, displayName: '发布秘书', passwordHash: 'not used', isSiteAdministrator: false, createdAt: new Date(this.#clock) };
    insertUser(this.connection.database, this.publisher);
  }

  /** Strictly increasing instants, so "newest first" is well defined. */
  tick(): Date {
    this.#clock += 60_000;
    return new Date(this.#clock);
  }

  createStandard(title: string, titleEn: string, bodyCode: string): StandardRecord {
    const standard: StandardRecord = { id: randomUUID(), title, titleEn, bodyCode, sequenceNumber: null, stage: 'published', createdBy: this.publisher.id, createdAt: this.tick() };
    insertStandard(this.connection.database, standard);
    return standard;
  }

  addImage(standard: StandardRecord, bytes: Uint8Array, contentType = 'image/png'): string {
    const id = randomUUID();
    insertImage(this.connection.database, { id, standardId: standard.id, contentType, bytes: Buffer.from(bytes), uploadedBy: this.publisher.id, createdAt: this.tick() });
    return id;
  }

  freeze(standard: StandardRecord, document: JSONContent, sequenceNumber: string): VersionRecord {
    documentSchema.nodeFromJSON(document).check();
    const yDocument = prosemirrorJSONToYDoc(documentSchema, document, collaborationFragmentName);
    const state = Y.encodeStateAsUpdate(yDocument);
    yDocument.destroy();
    const version: VersionRecord = {
      id: randomUUID(),
      standardId: standard.id,
      name: '发布版',
      stage: 'approval',
      reason: 'stage_move',
      state: Buffer.from(state),
      metadata: { title: standard.title, titleEn: standard.titleEn, bodyCode: standard.bodyCode, sequenceNumber },
      createdBy: this.publisher.id,
      createdAt: this.tick(),
    };
    insertVersion(this.connection.database, version);
    return version;
  }

  async addEdition(specification: EditionSpecification): Promise<{ id: string; docx: Uint8Array; pdf: Uint8Array; versionId: string }> {
    const { standard } = specification;
    const version = this.freeze(standard, specification.document, specification.sequenceNumber);
    const docx = await renderStandardDocx(collectVersionDocumentFacts({ database: this.connection.database, version, timeZone: 'Asia/Shanghai' }));
    const pdf = new TextEncoder().encode(`%PDF-1.4\n% ${standard.title} ${specification.sequenceNumber}-${specification.year}\n%%EOF\n`);
    const id = randomUUID();
    const published = specification.publishedOn !== undefined;
    this.connection.database
      .insert(publications)
      .values({
        id,
        standardId: standard.id,
        bodyCode: standard.bodyCode ?? '',
        sequenceNumber: specification.sequenceNumber,
        year: specification.year,
        replacesPublicationId: specification.replacesPublicationId ?? null,
        assignedBy: this.publisher.id,
        assignedAt: this.tick(),
        versionId: published ? version.id : null,
        publishedOn: specification.publishedOn ?? null,
        implementedOn: specification.implementedOn ?? null,
        publishedBy: published ? this.publisher.id : null,
        publishedAt: published ? this.tick() : null,
        docx: published ? Buffer.from(docx) : null,
        docxSha256: published ? sha256Hex(docx) : null,
        pdf: published ? Buffer.from(pdf) : null,
        pdfSha256: published ? sha256Hex(pdf) : null,
        publishedProcessDocuments: specification.publishedProcessDocuments ?? [],
        withdrawnOn: specification.withdrawnOn ?? null,
        withdrawnAt: specification.withdrawnOn === undefined ? null : this.tick(),
      })
      .run();
    return { id, docx, pdf, versionId: version.id };
  }

  close(): void {
    this.connection.close();
  }
}
