import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Paragraph } from 'docx';
import { nodeNames } from '../../../shared/editor/node-names';
import type { ExportContext } from './export-context';
import { noteParagraphs } from './informative-paragraphs';
import { inlineRuns, textRun } from './inline-runs';
import { lineHeight } from './layout-measures';
import { bodyParagraph } from './paragraph-styles';

/**
 * A term entry as GB/T 1.1 prints it: the entry number flush left on its own line; the Chinese term, one character and
 * the English term on the next, 五号黑体; the definition; its notes; the source in square brackets.
 */
export function termEntryParagraphs(entry: ProseMirrorNode, position: number, context: ExportContext): Paragraph[] {
  const number = context.elementAt(position)?.label ?? '';
  let chinese = '';
  let english = '';
  const rest: Paragraph[] = [];
  entry.forEach((child, offset) => {
    const childPosition = position + 1 + offset;
    switch (child.type.name) {
      case nodeNames.termChinese:
        chinese = child.textContent;
        break;
      case nodeNames.termEnglish:
        english = child.textContent;
        break;
      case nodeNames.termDefinition:
        rest.push(bodyParagraph(inlineRuns(child, context)));
        break;
      case nodeNames.note:
        rest.push(...noteParagraphs(child, childPosition, context));
        break;
      case nodeNames.termSource:
        rest.push(bodyParagraph([textRun('[来源：'), ...inlineRuns(child, context), textRun(']')]));
        break;
      default:
        break;
    }
  });
  const termLine = english === '' ? chinese : `${chinese}\u3000${english}`;
  return [
    new Paragraph({ keepNext: true, spacing: { before: lineHeight / 2 }, children: [textRun(number, { hei: true })] }),
    new Paragraph({ keepNext: true, children: [textRun(termLine, { hei: true })] }),
    ...rest,
  ];
}
