import type { OutlineResponse } from '../../../shared/api/document-structure';
import { translate } from '../../i18n/translate';

/** Names every clause, annex and numbered element of a draft as a reader finds it: "5.2", "附录 A", "表2", "前言". */
export function findingLocations(outline: OutlineResponse): ReadonlyMap<string, string> {
  const locations = new Map<string, string>();
  for (const item of outline.items) {
    if (item.id === null) continue;
    if (item.kind === 'annex' && item.number !== null) locations.set(item.id, translate('documentAnnex', { letter: item.number }));
    else locations.set(item.id, item.number ?? item.title);
  }
  for (const element of outline.elements) locations.set(element.id, element.reference);
  return locations;
}
