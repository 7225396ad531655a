import * as Y from 'yjs';
import { collaborationFragmentName } from '../../shared/editor/document-extensions';
import { nodeNames } from '../../shared/editor/node-names';
import type { CoverField } from '../../shared/editor/preliminary-nodes';

/** Writes cover attributes the number and publication own (year, dates, draft label); unchanged ones cost no update. */
export function setCoverAttributes(document: Y.Doc, attributes: Partial<Record<CoverField, string>>): void {
  const first = document.getXmlFragment(collaborationFragmentName).get(0);
  if (!(first instanceof Y.XmlElement) || first.nodeName !== nodeNames.cover) return;
  for (const [field, value] of Object.entries(attributes)) {
    if (value !== undefined && first.getAttribute(field) !== value) first.setAttribute(field, value);
  }
}

/** What the cover of a published edition prints: its year, its dates and no draft label. */
export function publishedCoverAttributes(edition: { year: number }, publishedOn: string, implementedOn: string): Partial<Record<CoverField, string>> {
  return { year: String(edition.year), publicationDate: publishedOn, implementationDate: implementedOn, draftLabel: '' };
}
