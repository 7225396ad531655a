import { numberDocument } from '../../shared/document/numbering';
import type { CommentPeriodRecord } from '../db/repos/comment-periods';
import type { StandardRecord } from '../db/repos/standards';
import type { VersionRecord } from '../db/repos/versions';
import { documentOfVersionState } from '../documents/version-document';
import type { BlankTemplateFacts } from '../imports/blank-comment-template';

/** What the blank template of a comment period shows: the standard, the version under comment and its clause numbers. */
export function readCommentTemplateFacts({ standard, version }: { period: CommentPeriodRecord; standard: StandardRecord; version: VersionRecord }): BlankTemplateFacts {
  const numbering = numberDocument(documentOfVersionState(new Uint8Array(version.state)));
  const clauses = numbering.elements
    .filter((element) => element.id !== null && element.number !== null && (element.kind === 'clause' || element.kind === 'term' || element.kind === 'annex'))
    .map((element) => ({ number: element.kind === 'annex' ? element.label : (element.number ?? ''), title: element.title }));
  return { standardTitle: standard.title, versionName: version.name, clauses };
}
