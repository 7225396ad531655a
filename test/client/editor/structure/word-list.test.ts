import { describe, expect, it } from 'vitest';
import type { ListParagraph, ListTree } from '../../../../client/editor/structure/word-list';
import { listKindOfMarker, nestListParagraphs, wordListMembership } from '../../../../client/editor/structure/word-list';

function item(listId: string, level: number, kind: 'bullet' | 'ordered', content: string): ListParagraph<string> {
  return { listId, level, kind, content };
}

/** "ul(a, b[ol(c)])" */
function render(trees: Array<ListTree<string>>): string {
  return trees
    .map((tree) => {
      const items = tree.items.map((entry) => (entry.children.length > 0 ? `${entry.content}[${render(entry.children)}]` : entry.content));
      return `${tree.kind === 'ordered' ? 'ol' : 'ul'}(${items.join(', ')})`;
    })
    .join(' ');
}

describe('Word list paragraphs', () => {
  it('reads the list and level from the mso-list style', () => {
    expect(wordListMembership("margin-left:39.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1")).toEqual({ listId: 'l0', level: 2 });
    expect(wordListMembership('mso-list: l12 level1 lfo3')).toEqual({ listId: 'l12', level: 1 });
    expect(wordListMembership('mso-list:Ignore')).toBeNull();
    expect(wordListMembership('margin-left:18.0pt')).toBeNull();
  });

  it('tells numbered markers from bullets, including the Chinese ones', () => {
    for (const marker of ['1.', '2)', 'a)', 'b．', '（1）', '(iv)', '一、', '①', '3.2.1', 'A.\u00a0\u00a0']) expect(listKindOfMarker(marker), marker).toBe('ordered');
    for (const marker of ['·', 'o', '§', '——', '-', '•', '\uf0b7', '']) expect(listKindOfMarker(marker), marker).toBe('bullet');
  });

  it('nests deeper paragraphs into the previous item and starts a new list for another list id or kind', () => {
    const trees = nestListParagraphs([
      item('l0', 1, 'bullet', 'a'),
      item('l0', 2, 'bullet', 'b'),
      item('l0', 2, 'bullet', 'c'),
      item('l0', 1, 'bullet', 'd'),
      item('l0', 3, 'ordered', 'e'),
      item('l1', 1, 'ordered', 'f'),
      item('l1', 1, 'bullet', 'g'),
    ]);
    expect(render(trees)).toBe('ul(a[ul(b, c)], d[ol(e)]) ol(f) ul(g)');
  });

  it('keeps a list that starts at a deeper level', () => {
    expect(render(nestListParagraphs([item('l0', 2, 'bullet', 'a'), item('l0', 1, 'bullet', 'b')]))).toBe('ul(a) ul(b)');
  });
});
