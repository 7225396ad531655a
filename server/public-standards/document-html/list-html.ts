import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../shared/editor/node-names';
import { html, type SafeHtml } from '../html/html-template';
import { inlineHtml } from './inline-html';
import type { RenderContext } from './render-context';

const letters = 'abcdefghijklmnopqrstuvwxyz';

/** GB/T 1.1 list markers, as the Word export prints them: "——" then "·" for bullets, "a)" then "1)" for ordered items. */
function markerOf(list: ProseMirrorNode, index: number, depth: number): string {
  if (list.type.name === nodeNames.bulletList) return depth === 1 ? '——' : '·';
  const start = Number(list.attrs.start ?? 1);
  const ordinal = (Number.isFinite(start) ? start : 1) + index;
  if (depth > 1) return `${ordinal})`;
  const letterIndex = ordinal - 1;
  const letter = letters[letterIndex % letters.length] ?? 'z';
  return `${letterIndex >= letters.length ? letter.repeat(Math.floor(letterIndex / letters.length) + 1) : letter})`;
}

export function isList(node: ProseMirrorNode): boolean {
  return node.type.name === nodeNames.bulletList || node.type.name === nodeNames.orderedList;
}

/** A list with its markers written out, since CSS counters cannot print "——" or "a)" the standard's way. */
export function listHtml(list: ProseMirrorNode, context: RenderContext, depth = 1): SafeHtml {
  const items: SafeHtml[] = [];
  list.forEach((item, _offset, index) => {
    const blocks: SafeHtml[] = [];
    item.forEach((block) => {
      blocks.push(isList(block) ? listHtml(block, context, depth + 1) : html`<p>${inlineHtml(block, context)}</p>`);
    });
    items.push(html`<li><span class="list-marker" aria-hidden="true">${markerOf(list, index, depth)}</span><div class="list-text">${blocks}</div></li>`);
  });
  const tag = list.type.name === nodeNames.orderedList ? 'ol' : 'ul';
  return tag === 'ol' ? html`<ol class="standard-list">${items}</ol>` : html`<ul class="standard-list">${items}</ul>`;
}
