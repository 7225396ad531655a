import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const messageModules = import.meta.glob<Record<string, Record<string, string>>>('../../../client/i18n/chinese-*-messages.ts', { eager: true });
const dictionarySource = readFileSync(fileURLToPath(new URL('../../../client/i18n/chinese.ts', import.meta.url)), 'utf8');

/** Keys written in chinese.ts itself, not spread in from a message file. */
function keysDefinedInTheDictionary(): string[] {
  return [...dictionarySource.matchAll(/^ {2}(\w+):/gm)].map((match) => match[1] ?? '');
}

describe('the Chinese message files', () => {
  it('never define a key twice, which would silently replace one text with another', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    const sources: Array<[string, string[]]> = [['chinese.ts', keysDefinedInTheDictionary()]];
    for (const [path, module] of Object.entries(messageModules)) {
      for (const messages of Object.values(module)) sources.push([path, Object.keys(messages)]);
    }
    for (const [source, keys] of sources) {
      for (const key of keys) {
        const owner = owners.get(key);
        if (owner !== undefined && owner !== source) clashes.push(`${key}: ${owner} and ${source}`);
        owners.set(key, source);
      }
    }
    expect(sources.length).toBeGreaterThan(5);
    expect(clashes).toEqual([]);
  });
});
