import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Paragraph } from 'docx';
import type { ExportContext } from './export-context';
import { inlineRuns, textRun } from './inline-runs';
import { bodyParagraph } from './paragraph-styles';

/** "GB/T 191 包装储运图示标志"; in 参考文献 the entries are listed "[1]", "[2]" in order. */
export function referenceEntryParagraph(entry: ProseMirrorNode, context: ExportContext, listNumber: number | null): Paragraph {
  const documentNumber = String(entry.attrs.documentNumber ?? '');
  const lead = [listNumber === null ? '' : `[${listNumber}]\u3000`, documentNumber, documentNumber === '' ? '' : '\u3000'].join('');
  return bodyParagraph([textRun(lead), ...inlineRuns(entry, context)]);
}
