import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { ImportedXmlComponent, LeaderType, Paragraph, Tab, TabStopType, TextRun, type ParagraphChild } from 'docx';
import { mml2omml } from 'mathml2omml';
import { formulaToMathMl } from '../../../shared/document/formula-math';
import type { ExportContext } from './export-context';
import { inlineRuns, textRun } from './inline-runs';
import { characterWidth, contentWidth } from './layout-measures';

/**
 * The formula as an Office Math equation (TeX → MathML → OMML); TeX that does not parse goes in as its text, as the
 * checker says. The OMML is built by the converters from the parsed formula, never from the drafter's text directly.
 */
function formulaContent(tex: string): ParagraphChild {
  const math = formulaToMathMl(tex);
  if (math.kind === 'unreadable') return textRun(tex);
  try {
    // The imported component is written as the m:oMath element itself, which is a run-level child of a paragraph.
    return ImportedXmlComponent.fromXmlString(mml2omml(math.mathMl)) as unknown as ParagraphChild;
  } catch {
    return textRun(tex);
  }
}

/** A formula centred by a tab, with its number "(N)" right-aligned and joined by a dot leader. */
export function formulaParagraph(formula: ProseMirrorNode, position: number, context: ExportContext): Paragraph {
  const number = formula.attrs.numbered === false ? null : (context.elementAt(position)?.label ?? null);
  return new Paragraph({
    keepLines: true,
    spacing: { before: 78, after: 78 },
    tabStops: [
      { type: TabStopType.CENTER, position: Math.floor(contentWidth / 2) },
      { type: TabStopType.RIGHT, position: contentWidth, leader: LeaderType.DOT },
    ],
    children: [
      new TextRun({ children: [new Tab()] }),
      formulaContent(formula.textContent),
      ...(number === null ? [] : [new TextRun({ children: [new Tab()] }), textRun(number)]),
    ],
  });
}

/**
 * "式中：" and the symbols of the formula above it, one paragraph each: the label hangs 3 characters out of the first,
 * and the others are indented as far, so every symbol starts at the same place.
 */
export function formulaExplanationParagraphs(explanation: ProseMirrorNode, context: ExportContext): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  explanation.forEach((line, offset) => {
    const label = offset === 0 ? [textRun('式中：')] : [];
    const indent = offset === 0 ? { left: characterWidth * 5, hanging: characterWidth * 3 } : { left: characterWidth * 5 };
    paragraphs.push(new Paragraph({ indent, children: [...label, ...inlineRuns(line, context)] }));
  });
  return paragraphs;
}
