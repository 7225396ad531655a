import type { ProjectCoverFacts } from '../../shared/document/project-cover-fields';
import { explanatoryStatementTitle } from '../../shared/document/explanatory-statement/explanatory-statement-facts';
import type { Database } from '../db/client';
import type { ExplanatoryStatementVersionRecord } from '../db/repos/explanatory-statement-versions';
import type { StandardRecord } from '../db/repos/standards';
import type { VersionRecord } from '../db/repos/versions';
import { documentOfVersionState } from '../documents/version-document';
import { imagesOfStandard } from '../exports/standard-document/collect-standard-document-facts';
import type { StandardDocumentFacts } from '../exports/standard-document/standard-document-facts';
import { currentExplanatoryStatementState } from './freeze-explanatory-statement';

function projectOf(standard: Pick<StandardRecord, 'title' | 'titleEn' | 'bodyCode' | 'sequenceNumber'>): ProjectCoverFacts {
  return { title: standard.title, titleEn: standard.titleEn, bodyCode: standard.bodyCode, sequenceNumber: standard.sequenceNumber };
}

/** The live 编制说明, titled after the project as it is now. */
export function liveExplanatoryStatementFacts(database: Database, standard: StandardRecord, now: Date, timeZone: string): StandardDocumentFacts {
  return {
    document: documentOfVersionState(currentExplanatoryStatementState(database, standard, timeZone)),
    project: projectOf(standard),
    documentDate: now,
    timeZone,
    images: imagesOfStandard(database, standard.id),
    titledLayout: { title: explanatoryStatementTitle(standard.title) },
  };
}

/** The 编制说明 frozen with a version, titled after the metadata frozen with it and dated like it, so its bytes never change. */
export function frozenExplanatoryStatementFacts(database: Database, frozen: ExplanatoryStatementVersionRecord, version: VersionRecord, timeZone: string): StandardDocumentFacts {
  return {
    document: documentOfVersionState(new Uint8Array(frozen.state)),
    project: projectOf(version.metadata),
    documentDate: version.createdAt,
    timeZone,
    images: imagesOfStandard(database, version.standardId),
    titledLayout: { title: explanatoryStatementTitle(version.metadata.title) },
  };
}
