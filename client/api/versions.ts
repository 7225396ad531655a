import { endpoints } from '../../shared/api/contract';
import type { OutlineResponse } from '../../shared/api/document-structure';
import type { ComparisonResponse, LiveDraftDocumentResponse, Version, VersionDocumentResponse } from '../../shared/api/versions';
import { callEndpoint, endpointAddress } from './call-endpoint';

/** The live draft as one side of a comparison. */
export const liveDraft = 'live';

export async function listVersions(standardId: string): Promise<Version[]> {
  const { versions } = await callEndpoint(endpoints.listVersions, { pathParameters: { id: standardId } });
  return versions;
}

export function createVersion(standardId: string, name: string): Promise<Version> {
  return callEndpoint(endpoints.createVersion, { pathParameters: { id: standardId }, body: { name } });
}

export function fetchVersionDocument(standardId: string, versionId: string): Promise<VersionDocumentResponse> {
  return callEndpoint(endpoints.versionDocument, { pathParameters: { id: standardId, versionId } });
}

export function fetchVersionOutline(standardId: string, versionId: string): Promise<OutlineResponse> {
  return callEndpoint(endpoints.versionOutline, { pathParameters: { id: standardId, versionId } });
}

/** Answers with the version the server froze from the draft just before the restore. */
export function restoreVersion(standardId: string, versionId: string): Promise<Version> {
  return callEndpoint(endpoints.restoreVersion, { pathParameters: { id: standardId, versionId } });
}

export function compareVersions(standardId: string, from: string, to: string): Promise<ComparisonResponse> {
  return callEndpoint(endpoints.compare, { pathParameters: { id: standardId }, query: { from, to } });
}

/** The server's printable redline page; opened by the browser itself, so it carries the session cookie. */
export function redlineAddress(standardId: string, from: string, to: string): string {
  return endpointAddress(endpoints.redline, { id: standardId }, { from, to });
}

export function fetchLiveDraftDocument(standardId: string): Promise<LiveDraftDocumentResponse> {
  return callEndpoint(endpoints.liveDraftDocument, { pathParameters: { id: standardId } });
}
