import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { crossReferenceText } from '../../../shared/document/cross-reference';
import { nodeNames } from '../../../shared/editor/node-names';
import { html, type SafeHtml } from '../html/html-template';
import type { RenderContext } from './render-context';

/** What a cross-reference whose target was deleted shows, as in the Word export. */
const brokenCrossReferenceText = '[?]';

const markElements: Readonly<Record<string, string>> = { bold: 'strong', italic: 'em', underline: 'u', strike: 's' };

function withMarks(text: SafeHtml, marks: readonly Mark[]): SafeHtml {
  return marks.reduce((inner, mark) => {
    switch (markElements[mark.type.name]) {
      case 'strong':
        return html`<strong>${inner}</strong>`;
      case 'em':
        return html`<em>${inner}</em>`;
      case 'u':
        return html`<u>${inner}</u>`;
      case 's':
        return html`<s>${inner}</s>`;
      default:
        return inner;
    }
  }, text);
}

function crossReferenceHtml(node: ProseMirrorNode, context: RenderContext): SafeHtml {
  const targetId = String(node.attrs.targetId ?? '');
  const text = crossReferenceText(context.numbering, targetId);
  if (text === null) return html`<span class="broken-reference">${brokenCrossReferenceText}</span>`;
  return html`<a class="cross-reference" href="#${context.anchorOf(targetId)}">${text}</a>`;
}

/** The content of a textblock: marked text, cross-references as links to their target, footnote calls, line breaks. */
export function inlineHtml(textblock: ProseMirrorNode, context: RenderContext): SafeHtml {
  const parts: SafeHtml[] = [];
  textblock.forEach((child) => {
    const name = child.type.name;
    if (child.isText) parts.push(withMarks(html`${child.text ?? ''}`, child.marks));
    else if (name === nodeNames.crossReference) parts.push(withMarks(crossReferenceHtml(child, context), child.marks));
    else if (name === nodeNames.footnote) {
      const footnote = context.addFootnote(String(child.attrs.text ?? ''));
      parts.push(html`<sup class="footnote-call"><a id="footnote-call-${footnote.number}" href="#footnote-${footnote.number}">${footnote.number})</a></sup>`);
    } else if (name === 'hardBreak') parts.push(html`<br>`);
    else parts.push(html`${child.textContent}`);
  });
  return html`${parts}`;
}
