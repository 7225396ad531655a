import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { formulaToMathMl } from '../../../shared/document/formula-math';
import { nodeNames } from '../../../shared/editor/node-names';
import { html, trustedMarkup, type SafeHtml } from '../html/html-template';
import { inlineHtml } from './inline-html';
import { isList, listHtml } from './list-html';
import type { RenderContext } from './render-context';
import { tableBlockHtml } from './table-html';

/** 注 and 示例: the label the numbering derived ("注：", "注2：", "示例：") in front of the first paragraph. */
function informativeHtml(node: ProseMirrorNode, position: number, context: RenderContext, fallbackLabel: string, kind: 'note' | 'example'): SafeHtml {
  const label = context.elementAt(position)?.label ?? fallbackLabel;
  const blocks: SafeHtml[] = [];
  node.forEach((block, offset) => {
    if (isList(block)) blocks.push(listHtml(block, context));
    else blocks.push(html`<p>${offset === 0 ? html`<span class="label">${label}</span>` : ''}${inlineHtml(block, context)}</p>`);
  });
  return html`<aside class="${kind}"${context.idAttribute(node.attrs.id)}>${blocks}</aside>`;
}

function figureHtml(figure: ProseMirrorNode, position: number, context: RenderContext): SafeHtml {
  const label = context.elementAt(position)?.label ?? '图';
  const title = figure.firstChild?.textContent ?? '';
  const address = context.imageAddress(String(figure.attrs.imageId ?? ''));
  const image = address === null ? html`<p class="missing-image">［此处的图片缺失］</p>` : html`<img src="${address}" alt="${String(figure.attrs.alternativeText ?? '') || title}" loading="lazy">`;
  return html`<figure class="figure"${context.idAttribute(figure.attrs.id)}>${image}<figcaption>${title === '' ? label : `${label}\u3000${title}`}</figcaption></figure>`;
}

/**
 * Temml writes a few presentational style attributes (display, colour); the public pages' policy allows no inline
 * style, so they are dropped and the stylesheet lays the formula out. Temml escapes its attribute values, so none
 * holds a quote.
 */
function withoutStyleAttributes(mathMl: string): string {
  return mathMl.replace(/ style="[^"]*"/g, '');
}

/** A formula as MathML converted from its TeX, its number "(N)" on the right; TeX that does not parse shows as text. */
function formulaHtml(formula: ProseMirrorNode, position: number, context: RenderContext): SafeHtml {
  const number = formula.attrs.numbered === false ? null : (context.elementAt(position)?.label ?? null);
  const math = formulaToMathMl(formula.textContent);
  const content = math.kind === 'math' ? trustedMarkup(withoutStyleAttributes(math.mathMl)) : html`<code class="formula-text">${formula.textContent}</code>`;
  return html`<div class="formula"${context.idAttribute(formula.attrs.id)}><div class="formula-content">${content}</div>${number === null ? '' : html`<span class="formula-number">${number}</span>`}</div>`;
}

/** A term entry: its number, the Chinese and English term, the definition, notes and the source in brackets. */
function termEntryHtml(entry: ProseMirrorNode, position: number, context: RenderContext): SafeHtml {
  const number = context.elementAt(position)?.label ?? '';
  let chinese = '';
  let english = '';
  const rest: SafeHtml[] = [];
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
        rest.push(html`<p class="term-definition">${inlineHtml(child, context)}</p>`);
        break;
      case nodeNames.note:
        rest.push(informativeHtml(child, childPosition, context, '注：', 'note'));
        break;
      case nodeNames.termSource:
        rest.push(html`<p class="term-source">[来源：${inlineHtml(child, context)}]</p>`);
        break;
      default:
        break;
    }
  });
  return html`<section class="term-entry"${context.idAttribute(entry.attrs.id)}><p class="term-number">${number}</p><p class="term-name"><dfn>${chinese}</dfn>${english === '' ? '' : html`\u3000<span lang="en">${english}</span>`}</p>${rest}</section>`;
}

/** "GB/T 191 包装储运图示标志"; in 参考文献 the entries are listed "[1]", "[2]" in order. */
export function referenceEntryHtml(entry: ProseMirrorNode, context: RenderContext, listNumber: number | null): SafeHtml {
  const documentNumber = String(entry.attrs.documentNumber ?? '');
  const lead = [listNumber === null ? '' : `[${listNumber}]\u3000`, documentNumber, documentNumber === '' ? '' : '\u3000'].join('');
  return html`<p class="reference-entry"${context.idAttribute(entry.attrs.id)}>${lead}${inlineHtml(entry, context)}</p>`;
}

/** One block of a clause, annex, 前言 or 引言 body at its position in the document; sub-clauses go to `clauseHtml`. */
export function blockHtml(block: ProseMirrorNode, position: number, context: RenderContext): SafeHtml {
  switch (block.type.name) {
    case nodeNames.clause:
      return clauseHtml(block, position, context);
    case nodeNames.paragraph:
      return html`<p>${inlineHtml(block, context)}</p>`;
    case nodeNames.bulletList:
    case nodeNames.orderedList:
      return listHtml(block, context);
    case nodeNames.note:
      return informativeHtml(block, position, context, '注：', 'note');
    case nodeNames.example:
      return informativeHtml(block, position, context, '示例：', 'example');
    case nodeNames.tableBlock:
      return tableBlockHtml(block, position, context);
    case nodeNames.figure:
      return figureHtml(block, position, context);
    case nodeNames.formula:
      return formulaHtml(block, position, context);
    case nodeNames.termEntry:
      return termEntryHtml(block, position, context);
    case nodeNames.referenceEntry:
      return referenceEntryHtml(block, context, null);
    default:
      return block.isTextblock ? html`<p>${inlineHtml(block, context)}</p>` : html``;
  }
}

const titleTypes: ReadonlySet<string> = new Set([nodeNames.clauseTitle, nodeNames.annexTitle]);

/** The blocks and sub-clauses of a container, its title left to the caller. */
export function bodyHtml(container: ProseMirrorNode, containerPosition: number, context: RenderContext): SafeHtml {
  const parts: SafeHtml[] = [];
  container.forEach((child, offset) => {
    if (!titleTypes.has(child.type.name)) parts.push(blockHtml(child, containerPosition + 1 + offset, context));
  });
  return html`${parts}`;
}

/** The page's h2 holds 全文, so chapters are h3 and clauses go down to h6; deeper ones keep h6 and show their level by their number. */
function headingLevel(level: number): number {
  return Math.min(6, Math.max(3, level + 2));
}

/** A chapter or clause: its derived number and title as a heading, then its body. */
export function clauseHtml(clause: ProseMirrorNode, position: number, context: RenderContext): SafeHtml {
  const element = context.elementAt(position);
  const level = headingLevel(element?.level ?? 1);
  const heading = html`<span class="clause-number">${element?.label ?? ''}</span>${element?.title ? html`\u3000${element.title}` : ''}`;
  return html`<section class="clause level-${level}"${context.idAttribute(clause.attrs.id)}>${trustedMarkup(`<h${level}>`)}${heading}${trustedMarkup(`</h${level}>`)}${bodyHtml(clause, position, context)}</section>`;
}
