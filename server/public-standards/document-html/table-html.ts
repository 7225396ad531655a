import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../shared/editor/node-names';
import { html, type SafeHtml } from '../html/html-template';
import { inlineHtml } from './inline-html';
import { isList, listHtml } from './list-html';
import type { RenderContext } from './render-context';

function span(value: unknown): number | null {
  const number = Number(value);
  return Number.isInteger(number) && number > 1 && number <= 1000 ? number : null;
}

function cellHtml(cell: ProseMirrorNode, context: RenderContext): SafeHtml {
  const blocks: SafeHtml[] = [];
  cell.forEach((block) => blocks.push(isList(block) ? listHtml(block, context) : html`<p>${inlineHtml(block, context)}</p>`));
  const columns = span(cell.attrs.colspan);
  const rows = span(cell.attrs.rowspan);
  const spans = html`${columns === null ? '' : html` colspan="${columns}"`}${rows === null ? '' : html` rowspan="${rows}"`}`;
  return cell.type.name === nodeNames.tableHeader ? html`<th${spans}>${blocks}</th>` : html`<td${spans}>${blocks}</td>`;
}

function gridHtml(grid: ProseMirrorNode, context: RenderContext): SafeHtml {
  const rows: SafeHtml[] = [];
  grid.forEach((row) => {
    const cells: SafeHtml[] = [];
    row.forEach((cell) => cells.push(cellHtml(cell, context)));
    rows.push(html`<tr>${cells}</tr>`);
  });
  return html`<table><tbody>${rows}</tbody></table>`;
}

/** A numbered table: "表N 标题" as its caption, the grid with merged cells, then its notes and footnotes. */
export function tableBlockHtml(tableBlock: ProseMirrorNode, position: number, context: RenderContext): SafeHtml {
  const label = context.elementAt(position)?.label ?? '表';
  let noteCount = 0;
  tableBlock.forEach((child) => {
    if (child.type.name === nodeNames.tableNote) noteCount += 1;
  });
  let title = '';
  let grid: SafeHtml = html``;
  const notes: SafeHtml[] = [];
  let noteIndex = 0;
  tableBlock.forEach((child, offset) => {
    const name = child.type.name;
    if (name === nodeNames.tableTitle) title = child.textContent;
    else if (name === nodeNames.table) grid = gridHtml(child, context);
    else if (name === nodeNames.tableNote) {
      noteIndex += 1;
      notes.push(html`<p class="table-note"><span class="label">${noteCount > 1 ? `注${noteIndex}：` : '注：'}</span>${inlineHtml(child, context)}</p>`);
    } else if (name === nodeNames.tableFootnote) {
      const letter = context.elementAt(position + 1 + offset)?.label ?? '';
      notes.push(html`<p class="table-footnote"><span class="label">${letter}</span>\u3000${inlineHtml(child, context)}</p>`);
    }
  });
  return html`<figure class="table-block"${context.idAttribute(tableBlock.attrs.id)}><figcaption>${title === '' ? label : `${label}\u3000${title}`}</figcaption><div class="table-scroll">${grid}</div>${notes}</figure>`;
}
