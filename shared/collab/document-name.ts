const prefix = 'standard:';

/** The live documents a standard has: its draft and its 编制说明 (explanatory statement). */
export const documentKinds = ['draft', 'explanatoryStatement'] as const;
export type DocumentKind = (typeof documentKinds)[number];

const prefixOfKind: Record<DocumentKind, string> = {
  draft: prefix,
  explanatoryStatement: 'explanatory-statement:',
};

const standardIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

export function documentNameForStandard(standardId: string): string {
  return `${prefix}${standardId}`;
}

export function documentNameFor(kind: DocumentKind, standardId: string): string {
  return `${prefixOfKind[kind]}${standardId}`;
}

export function documentNameForExplanatoryStatement(standardId: string): string {
  return documentNameFor('explanatoryStatement', standardId);
}

/** Returns the standard id named by a draft's collaboration document name, or null when the name is not a draft's. */
export function standardIdFromDocumentName(documentName: string): string | null {
  const parsed = parseDocumentName(documentName);
  return parsed?.kind === 'draft' ? parsed.standardId : null;
}

/** The kind and standard of any of our collaboration document names, or null when the name is not one of ours. */
export function parseDocumentName(documentName: string): { kind: DocumentKind; standardId: string } | null {
  for (const kind of documentKinds) {
    const kindPrefix = prefixOfKind[kind];
    if (!documentName.startsWith(kindPrefix)) continue;
    const standardId = documentName.slice(kindPrefix.length);
    return standardIdPattern.test(standardId) ? { kind, standardId } : null;
  }
  return null;
}

export const collaborationPath = '/collab';
