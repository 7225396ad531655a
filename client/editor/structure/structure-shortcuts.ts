export const structureActions = [
  'insertClauseAfter',
  'insertSubClause',
  'promoteClause',
  'demoteClause',
  'moveClauseUp',
  'moveClauseDown',
  'splitClause',
  'joinClauseWithPrevious',
  'undo',
  'redo',
] as const;

export type StructureAction = (typeof structureActions)[number];

/**
 * Word's outline keys: Alt+Shift+arrows on Linux and Windows, Ctrl+Shift+arrows on macOS, where Option+Shift+arrows
 * select by word. Ctrl+Alt+J is free in Chromium on Linux, but Cmd+Option+J opens its console on macOS.
 */
const linuxKeys: Record<StructureAction, string> = {
  insertClauseAfter: 'Mod-Enter',
  insertSubClause: 'Mod-Shift-Enter',
  promoteClause: 'Alt-Shift-ArrowLeft',
  demoteClause: 'Alt-Shift-ArrowRight',
  moveClauseUp: 'Alt-Shift-ArrowUp',
  moveClauseDown: 'Alt-Shift-ArrowDown',
  splitClause: 'Mod-Alt-s',
  joinClauseWithPrevious: 'Mod-Alt-j',
  undo: 'Mod-z',
  redo: 'Mod-Shift-z',
};

const macKeys: Record<StructureAction, string> = {
  ...linuxKeys,
  promoteClause: 'Ctrl-Shift-ArrowLeft',
  demoteClause: 'Ctrl-Shift-ArrowRight',
  moveClauseUp: 'Ctrl-Shift-ArrowUp',
  moveClauseDown: 'Ctrl-Shift-ArrowDown',
  splitClause: 'Ctrl-Shift-s',
  joinClauseWithPrevious: 'Ctrl-Shift-j',
};

/** ProseMirror key names ("Mod-Shift-Enter") of every structure action on this platform. */
export function structureKeys(macOS: boolean): Record<StructureAction, string> {
  return macOS ? macKeys : linuxKeys;
}

const linuxNames: Record<string, string> = { Mod: 'Ctrl', ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓' };
const macNames: Record<string, string> = { ...linuxNames, Mod: '⌘', Ctrl: '⌃', Alt: '⌥', Shift: '⇧', Enter: '↩' };

/** How a key is written in a tooltip: "Ctrl+Shift+Enter" on Linux and Windows, "⌘⇧↩" on macOS. */
export function shortcutLabel(key: string, macOS: boolean): string {
  const names = macOS ? macNames : linuxNames;
  const parts = key.split('-').map((part) => names[part] ?? (part.length === 1 ? part.toUpperCase() : part));
  return parts.join(macOS ? '' : '+');
}

const ariaNames: Record<string, string> = { Mod: 'Control', Ctrl: 'Control' };

/** The same key in the `aria-keyshortcuts` form: "Control+Shift+Enter". */
export function ariaKeyShortcut(key: string, macOS: boolean): string {
  return key
    .split('-')
    .map((part) => (part === 'Mod' && macOS ? 'Meta' : (ariaNames[part] ?? (part.length === 1 ? part.toUpperCase() : part))))
    .join('+');
}
