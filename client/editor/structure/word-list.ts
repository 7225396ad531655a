export type ListKind = 'bullet' | 'ordered';

/** What Word writes in a list paragraph's style: `mso-list:l0 level2 lfo1` (list l0, second level). */
export interface WordListMembership {
  listId: string;
  level: number;
}

export interface ListParagraph<Content> extends WordListMembership {
  kind: ListKind;
  content: Content;
}

export interface ListTree<Content> {
  kind: ListKind;
  items: Array<{ content: Content; children: Array<ListTree<Content>> }>;
}

export function wordListMembership(style: string): WordListMembership | null {
  const match = /mso-list:\s*(l\d+)\s+level(\d+)/i.exec(style);
  if (!match?.[1] || !match[2]) return null;
  return { listId: match[1], level: Number(match[2]) };
}

const orderedMarkers = [
  /^[(（]?(\d+|[a-zA-Z]{1,4}|[一二三四五六七八九十]+)[.．)）、]$/,
  /^[(（](\d+|[a-zA-Z]{1,4}|[一二三四五六七八九十]+)[)）]$/,
  /^[\u2460-\u2473]$/,
  /^\d+(\.\d+)+$/,
];

/**
 * The marker Word prints before a list paragraph ("1.", "a)", "（1）", "①", "一、" or a bullet such as "·",
 * "o", "§", "——"). A bare letter is a bullet: Word's second-level bullet is the letter "o" in Courier New.
 */
export function listKindOfMarker(marker: string): ListKind {
  const compact = marker.replace(/[\s\u00a0]+/g, '');
  return orderedMarkers.some((pattern) => pattern.test(compact)) ? 'ordered' : 'bullet';
}

/** Nests consecutive list paragraphs by level: a deeper paragraph opens a list inside the previous item. */
export function nestListParagraphs<Content>(paragraphs: Array<ListParagraph<Content>>): Array<ListTree<Content>> {
  const roots: Array<ListTree<Content>> = [];
  let open: Array<{ level: number; list: ListTree<Content> }> = [];
  let rootListId: string | null = null;
  for (const paragraph of paragraphs) {
    if (paragraph.listId !== rootListId) {
      open = [];
      rootListId = paragraph.listId;
    }
    while (open.length > 0 && (open.at(-1)?.level ?? 0) > paragraph.level) open.pop();
    const top = open.at(-1);
    if (top && top.level === paragraph.level && top.list.kind !== paragraph.kind) open.pop();
    let list = open.at(-1)?.level === paragraph.level ? open.at(-1)?.list : undefined;
    if (!list) {
      list = { kind: paragraph.kind, items: [] };
      const parentItem = open.at(-1)?.list.items.at(-1);
      if (parentItem) parentItem.children.push(list);
      else roots.push(list);
      open.push({ level: paragraph.level, list });
    }
    list.items.push({ content: paragraph.content, children: [] });
  }
  return roots;
}
