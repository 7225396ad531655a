import { DomainError } from '../errors';
import { attributeOf, xmlTokens } from './xml-tokens';

export const workbookPartName = 'xl/workbook.xml';
const workbookRelationshipsPartName = 'xl/_rels/workbook.xml.rels';

export interface WorkbookPartNames {
  /** The first worksheet in the workbook's own order, as Excel shows its tabs. */
  firstSheet: string | null;
  sharedStrings: string | null;
}

function partNameOfTarget(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Where the first worksheet and the shared strings of a workbook are, from xl/workbook.xml and its relationships. */
export function workbookPartNames(parts: ReadonlyMap<string, Buffer>): WorkbookPartNames {
  const workbook = parts.get(workbookPartName);
  if (!workbook) throw new DomainError('upload_rejected', 'The file is not an Excel workbook: it has no xl/workbook.xml.');
  const targets = new Map<string, { target: string; type: string }>();
  for (const token of xmlTokens(parts.get(workbookRelationshipsPartName)?.toString('utf8') ?? '')) {
    if (token.kind !== 'open' || token.name !== 'Relationship') continue;
    const id = attributeOf(token, 'Id');
    const target = attributeOf(token, 'Target');
    if (id && target) targets.set(id, { target: partNameOfTarget(target), type: attributeOf(token, 'Type') ?? '' });
  }
  let firstSheetId: string | undefined;
  for (const token of xmlTokens(workbook.toString('utf8'))) {
    if (token.kind === 'open' && token.name === 'sheet') {
      firstSheetId = attributeOf(token, 'id');
      break;
    }
  }
  const sharedStrings = [...targets.values()].find(({ type }) => type.endsWith('/sharedStrings'))?.target ?? null;
  return { firstSheet: firstSheetId === undefined ? null : (targets.get(firstSheetId)?.target ?? null), sharedStrings };
}
