import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { readLiveDraft } from '../../commands/read-live-draft';
import type { Database } from '../../db/client';
import { findImageById } from '../../db/repos/images';
import type { StandardRecord } from '../../db/repos/standards';
import type { VersionRecord } from '../../db/repos/versions';
import { documentOfVersionState } from '../../documents/version-document';
import type { FigureImageLookup, StandardDocumentFacts } from './standard-document-facts';

/** Only images uploaded to this standard: a figure cannot pull in another standard's image by naming its id. */
export function imagesOfStandard(database: Database, standardId: string): FigureImageLookup {
  return (imageId) => {
    const image = imageId === '' ? undefined : findImageById(database, imageId);
    if (!image || image.standardId !== standardId) return undefined;
    return { contentType: image.contentType, bytes: new Uint8Array(image.bytes) };
  };
}

export interface LiveDraftDocumentProps {
  database: Database;
  standard: StandardRecord;
  now: Date;
  timeZone: string;
}

/** The live draft with the project record as it is now. */
export function collectLiveDraftDocumentFacts({ database, standard, now, timeZone }: LiveDraftDocumentProps): StandardDocumentFacts {
  const document: ProseMirrorNode = readLiveDraft(database, standard.id);
  return {
    document,
    project: { title: standard.title, titleEn: standard.titleEn, bodyCode: standard.bodyCode, sequenceNumber: standard.sequenceNumber },
    documentDate: now,
    timeZone,
    images: imagesOfStandard(database, standard.id),
  };
}

export interface VersionDocumentProps {
  database: Database;
  version: VersionRecord;
  timeZone: string;
}

/** A frozen version with the metadata frozen with it, dated when it was frozen, so the same version gives the same bytes. */
export function collectVersionDocumentFacts({ database, version, timeZone }: VersionDocumentProps): StandardDocumentFacts {
  return {
    document: documentOfVersionState(new Uint8Array(version.state)),
    project: version.metadata,
    documentDate: version.createdAt,
    timeZone,
    images: imagesOfStandard(database, version.standardId),
  };
}
