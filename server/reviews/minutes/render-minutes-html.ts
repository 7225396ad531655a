import { escapeHtml } from '../../../shared/document/compare/escape-html';
import { minutesContent, type MinutesBlock, type MinutesColumn } from './minutes-content';
import type { ReviewMinutesFacts } from './minutes-facts';

const minutesStyles = `
@page { size: A4; margin: 25mm 23mm 23mm 23mm; }
html { background: #fff; color: #000; }
body { margin: 0 auto; max-width: 164mm; padding: 12mm 0; font-family: "Times New Roman", SimSun, "宋体", "Songti SC", "Noto Serif CJK SC", serif; font-size: 12pt; line-height: 1.6; }
h1, h2, h3 { font-family: "Times New Roman", SimHei, "黑体", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-weight: normal; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 18pt; }
h2 { font-size: 14pt; margin: 14pt 0 6pt; }
h3 { font-size: 12pt; margin: 10pt 0 4pt; }
h2.starts-page { text-align: center; break-before: page; page-break-before: always; }
p { margin: 0 0 4pt; white-space: pre-wrap; overflow-wrap: anywhere; }
.label { font-weight: bold; }
p.keeps-with-next { break-after: avoid; page-break-after: avoid; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 4pt 0 10pt; font-size: 10.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: top; white-space: pre-wrap; overflow-wrap: anywhere; }
th { background: #e7e6e6; text-align: center; vertical-align: middle; }
td.centered { text-align: center; }
td.monospace { font-family: "Courier New", "Noto Sans Mono", monospace; font-size: 8pt; word-break: break-all; }
table.for-signing td { height: 14mm; vertical-align: middle; }
@media print { body { max-width: none; padding: 0; } }
`;

function tableHtml(columns: MinutesColumn[], rows: string[][], leftForSigning: boolean): string {
  const total = columns.reduce((sum, column) => sum + column.weight, 0);
  const columnTags = columns.map((column) => `<col style="width:${((100 * column.weight) / total).toFixed(2)}%">`);
  const cellClass = (column: MinutesColumn | undefined): string => {
    const classes = [column?.centered ? 'centered' : '', column?.monospace ? 'monospace' : ''].filter((name) => name !== '');
    return classes.length === 0 ? '' : ` class="${classes.join(' ')}"`;
  };
  const bodyRows = rows.map((row) => `<tr>${row.map((value, index) => `<td${cellClass(columns[index])}>${escapeHtml(value)}</td>`).join('')}</tr>`);
  return [
    `<table${leftForSigning ? ' class="for-signing"' : ''}>`,
    `<colgroup>${columnTags.join('')}</colgroup>`,
    `<thead><tr>${columns.map((column) => `<th>${escapeHtml(column.heading)}</th>`).join('')}</tr></thead>`,
    `<tbody>${bodyRows.join('')}</tbody>`,
    '</table>',
  ].join('\n');
}

function blockHtml(block: MinutesBlock, next: MinutesBlock | undefined): string {
  switch (block.kind) {
    case 'heading': {
      const tag = block.level === 1 ? 'h2' : 'h3';
      return `<${tag}${block.startsPage ? ' class="starts-page"' : ''}>${escapeHtml(block.text)}</${tag}>`;
    }
    case 'fields':
      return block.fields.map(({ label, value }) => `<p${next?.kind === 'table' ? ' class="keeps-with-next"' : ''}><span class="label">${escapeHtml(label)}：</span>${escapeHtml(value)}</p>`).join('\n');
    case 'paragraph':
      return `<p${next?.kind === 'fields' ? ' class="keeps-with-next"' : ''}>${escapeHtml(block.text)}</p>`;
    case 'table':
      return tableHtml(block.columns, block.rows, block.leftForSigning === true);
  }
}

/** The minutes as a standalone, printable A4 page: no scripts, no links, nothing fetched; every user text escaped. */
export function renderMinutesHtml(facts: ReviewMinutesFacts): string {
  const content = minutesContent(facts);
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(content.title)}</title>`,
    `<style>${minutesStyles}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(content.title)}</h1>`,
    ...content.blocks.map((block, index) => blockHtml(block, content.blocks[index + 1])),
    '</body>',
    '</html>',
  ].join('\n');
}
