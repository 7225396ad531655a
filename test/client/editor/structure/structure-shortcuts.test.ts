import { describe, expect, it } from 'vitest';
import { ariaKeyShortcut, shortcutLabel, structureActions, structureKeys } from '../../../../client/editor/structure/structure-shortcuts';

describe('structure shortcuts', () => {
  it('uses Word outline keys: Alt+Shift+arrows on Linux and Windows, Ctrl+Shift+arrows on macOS', () => {
    expect(structureKeys(false).promoteClause).toBe('Alt-Shift-ArrowLeft');
    expect(structureKeys(true).moveClauseDown).toBe('Ctrl-Shift-ArrowDown');
    expect(structureKeys(true).joinClauseWithPrevious).not.toBe('Mod-Alt-j');
  });

  it('gives every action a distinct key on each platform', () => {
    for (const macOS of [false, true]) {
      const keys = structureActions.map((action) => structureKeys(macOS)[action].toLowerCase());
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('writes keys the way each platform prints them', () => {
    expect(shortcutLabel('Mod-Shift-Enter', false)).toBe('Ctrl+Shift+Enter');
    expect(shortcutLabel('Alt-Shift-ArrowUp', false)).toBe('Alt+Shift+↑');
    expect(shortcutLabel('Mod-Alt-s', false)).toBe('Ctrl+Alt+S');
    expect(shortcutLabel('Mod-Shift-Enter', true)).toBe('⌘⇧↩');
    expect(shortcutLabel('Ctrl-Shift-ArrowLeft', true)).toBe('⌃⇧←');
    expect(ariaKeyShortcut('Mod-Shift-z', false)).toBe('Control+Shift+Z');
    expect(ariaKeyShortcut('Mod-Enter', true)).toBe('Meta+Enter');
  });
});
