import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { DocumentNumbering } from '../../../shared/document/numbering';
import { nodeNames } from '../../../shared/editor/node-names';
import { html, type SafeHtml } from '../html/html-template';
import { blockHtml, bodyHtml, clauseHtml, referenceEntryHtml } from './block-html';
import { RenderContext } from './render-context';

function prefaceHtml(section: ProseMirrorNode, position: number, context: RenderContext): SafeHtml {
  const title = section.type.name === nodeNames.foreword ? '前言' : '引言';
  return html`<section class="preface" id="${section.type.name === nodeNames.foreword ? 'foreword' : 'introduction'}"><h3>${title}</h3>${bodyHtml(section, position, context)}</section>`;
}

function annexHtml(annex: ProseMirrorNode, position: number, context: RenderContext): SafeHtml {
  const element = context.elementAt(position);
  return html`<section class="annex"${context.idAttribute(annex.attrs.id)}><h3 class="annex-heading"><span class="annex-label">${element?.label ?? '附录'}</span><span class="annex-kind">${annex.attrs.normative === true ? '（规范性）' : '（资料性）'}</span><span class="annex-title">${element?.title ?? ''}</span></h3>${bodyHtml(annex, position, context)}</section>`;
}

function bibliographyHtml(bibliography: ProseMirrorNode, position: number, context: RenderContext): SafeHtml {
  const entries: SafeHtml[] = [];
  let count = 0;
  bibliography.forEach((child, offset) => {
    if (child.type.name === nodeNames.referenceEntry) {
      count += 1;
      entries.push(referenceEntryHtml(child, context, count));
    } else entries.push(blockHtml(child, position + 1 + offset, context));
  });
  return html`<section class="bibliography" id="bibliography"><h3>参考文献</h3>${entries}</section>`;
}

function footnotesHtml(context: RenderContext): SafeHtml {
  if (context.footnotes.length === 0) return html``;
  const items = context.footnotes.map((footnote) => html`<li id="footnote-${footnote.number}"><a href="#footnote-call-${footnote.number}">${footnote.number})</a>\u3000${footnote.text}</li>`);
  return html`<section class="footnotes" aria-label="脚注"><ol>${items}</ol></section>`;
}

export interface DocumentHtmlOptions {
  numbering: DocumentNumbering;
  imageAddress: (imageId: string) => string | null;
}

/**
 * The full text of a frozen version as semantic HTML: 前言 and 引言, the chapters with their derived numbers, annexes,
 * 参考文献 and the footnotes; the cover is shown by the page around it. Every text goes through the escaping template.
 */
export function renderDocumentHtml(document: ProseMirrorNode, options: DocumentHtmlOptions): SafeHtml {
  const context = new RenderContext(options.numbering, options.imageAddress);
  const parts: SafeHtml[] = [];
  document.forEach((child, position) => {
    switch (child.type.name) {
      case nodeNames.foreword:
      case nodeNames.introduction:
        parts.push(prefaceHtml(child, position, context));
        break;
      case nodeNames.clause:
        parts.push(clauseHtml(child, position, context));
        break;
      case nodeNames.annex:
        parts.push(annexHtml(child, position, context));
        break;
      case nodeNames.bibliography:
        parts.push(bibliographyHtml(child, position, context));
        break;
      default:
        break;
    }
  });
  return html`${parts}${footnotesHtml(context)}`;
}

