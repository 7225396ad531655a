import type { JSONContent } from '@tiptap/core';

function mapContent(json: JSONContent, replace: (node: JSONContent) => JSONContent[] | null): JSONContent {
  if (!json.content) return json;
  return {
    ...json,
    content: json.content.flatMap((child) => replace(child) ?? [mapContent(child, replace)]),
  };
}

/** Replaces the node with this stable id by the given nodes: none deletes it, [node, extra] inserts after it. */
export function replaceNodeWithId(json: JSONContent, id: string, replacement: (node: JSONContent) => JSONContent[]): JSONContent {
  let found = false;
  const edited = mapContent(json, (node) => {
    if (node.attrs?.id !== id) return null;
    found = true;
    return replacement(node);
  });
  if (!found) throw new Error(`no node with id ${id}`);
  return edited;
}

/** Appends blocks at the end of the node with this stable id (a chapter, clause or annex). */
export function appendToNodeWithId(json: JSONContent, id: string, ...blocks: JSONContent[]): JSONContent {
  return replaceNodeWithId(json, id, (node) => [{ ...node, content: [...(node.content ?? []), ...blocks] }]);
}

/** Replaces every top-level element of this type (foreword, introduction, bibliography…). */
export function replaceTopLevel(json: JSONContent, type: string, replacement: JSONContent[]): JSONContent {
  return { ...json, content: (json.content ?? []).flatMap((child) => (child.type === type ? replacement : [child])) };
}
