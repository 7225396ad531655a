import { nodeNames } from '../../../shared/editor/node-names';
import type { MessageKey } from '../../i18n/chinese';
import { translate } from '../../i18n/translate';

const placeholderKeys: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  [nodeNames.tableTitle, 'placeholderTableTitle'],
  [nodeNames.figureTitle, 'placeholderFigureTitle'],
  [nodeNames.annexTitle, 'placeholderAnnexTitle'],
  [nodeNames.termChinese, 'placeholderTermChinese'],
  [nodeNames.termEnglish, 'placeholderTermEnglish'],
  [nodeNames.termDefinition, 'placeholderTermDefinition'],
  [nodeNames.termSource, 'placeholderTermSource'],
  [nodeNames.formula, 'placeholderFormula'],
  [nodeNames.tableNote, 'placeholderTableNote'],
  [nodeNames.tableFootnote, 'placeholderTableFootnote'],
  [nodeNames.referenceEntry, 'placeholderReferenceEntry'],
]);

/** What an empty element title or field asks for, in the interface language; null for other nodes. */
export function elementPlaceholder(nodeName: string): string | null {
  const key = placeholderKeys.get(nodeName);
  return key ? translate(key) : null;
}
