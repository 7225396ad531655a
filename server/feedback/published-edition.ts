import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { formatStandardNumber, parseEditionPathSegment } from '../../shared/domain/publication-status';
import type { Database } from '../db/client';
import { findPublishedEdition, type PublicationRecord } from '../db/repos/publications';
import { findStandardById, type StandardRecord } from '../db/repos/standards';
import { findVersion } from '../db/repos/versions';
import { documentOfVersionState } from '../documents/version-document';
import { DomainError } from '../errors';

export interface PublishedEdition {
  publication: PublicationRecord;
  standard: StandardRecord;
  /** "T/CWA 012—2026". */
  number: string;
}

const notPublishedMessage = 'There is no published standard with this number.';

/** The published edition `T/<bodyCode> <sequence>—<year>`; a 404 for a number that is unknown or not yet published. */
export function requirePublishedEdition(database: Database, bodyCode: string, editionSegment: string): PublishedEdition {
  const edition = parseEditionPathSegment(editionSegment);
  const publication = edition ? findPublishedEdition(database, bodyCode, edition.sequenceNumber, edition.year) : undefined;
  const standard = publication ? findStandardById(database, publication.standardId) : undefined;
  if (!publication || !standard || publication.versionId === null) throw new DomainError('not_found', notPublishedMessage);
  return { publication, standard, number: formatStandardNumber(publication.bodyCode, publication.sequenceNumber, publication.year) };
}

/** The document of the edition's frozen version, the text the feedback is about. */
export function documentOfPublishedEdition(database: Database, edition: PublishedEdition): ProseMirrorNode {
  const version = edition.publication.versionId === null ? undefined : findVersion(database, edition.standard.id, edition.publication.versionId);
  if (!version) throw new DomainError('not_found', notPublishedMessage);
  return documentOfVersionState(new Uint8Array(version.version.state));
}

/** The number of each edition of a standard, for lists that show which edition a case or a feedback is about. */
export function numberOfPublication(publication: PublicationRecord): string {
  return formatStandardNumber(publication.bodyCode, publication.sequenceNumber, publication.year);
}
