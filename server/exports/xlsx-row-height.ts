/** Points per line of 11-point text; Chinese fonts need a little more than Excel's 15. */
const lineHeight = 16;
const cellPadding = 4;

/** East Asian wide characters take two character widths of a column. */
function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += (character.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

function lineCount(text: string, columnWidth: number): number {
  const usable = Math.max(1, Math.floor(columnWidth) - 1);
  return text.split('\n').reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(displayWidth(paragraph) / usable)), 0);
}

/**
 * A row height (points) that shows every wrapped line. Spreadsheet programs do not all fit rows to wrapped text when
 * they open a file, so the height is written, estimated from the text and the column widths.
 */
export function wrappedRowHeight(cells: ReadonlyArray<{ text: string; columnWidth: number }>): number {
  const lines = Math.max(1, ...cells.map(({ text, columnWidth }) => lineCount(text, columnWidth)));
  return lines * lineHeight + cellPadding;
}
