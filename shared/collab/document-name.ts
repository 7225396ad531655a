const prefix = 'standard:';

export function documentNameForStandard(standardId: string): string {
  return `${prefix}${standardId}`;
}

/** Returns the standard id named by a collaboration document name, or null when the name is not one of ours. */
export function standardIdFromDocumentName(documentName: string): string | null {
  if (!documentName.startsWith(prefix)) return null;
  const standardId = documentName.slice(prefix.length);
  return /^[A-Za-z0-9_-]{1,64}$/.test(standardId) ? standardId : null;
}

export const collaborationPath = '/collab';
