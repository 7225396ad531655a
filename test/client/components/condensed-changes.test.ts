import { describe, expect, it } from 'vitest';
import { condensedChanges } from '../../../client/components/comparison/condensed-changes';

const long = (character: string) => character.repeat(200);

describe('condensed text changes', () => {
  it('keeps short unchanged text whole', () => {
    const changes = [
      { kind: 'equal', text: '本文件规定了' },
      { kind: 'insert', text: '电动自行车' },
      { kind: 'equal', text: '的要求。' },
    ] as const;
    expect(condensedChanges(changes)).toEqual(changes);
  });

  it('cuts long unchanged stretches down to the text next to each change', () => {
    const shown = condensedChanges([
      { kind: 'equal', text: long('甲') },
      { kind: 'delete', text: '旧' },
      { kind: 'equal', text: long('乙') },
      { kind: 'insert', text: '新' },
      { kind: 'equal', text: long('丙') },
    ]);
    expect(shown.map((change) => change.kind)).toEqual(['omitted', 'equal', 'delete', 'equal', 'omitted', 'equal', 'insert', 'equal', 'omitted']);
    expect(shown[1]?.text).toBe('甲'.repeat(40));
    expect(shown[3]?.text).toBe('乙'.repeat(40));
    expect(shown[5]?.text).toBe('乙'.repeat(40));
    expect(shown[7]?.text).toBe('丙'.repeat(40));
  });

  it('never cuts inserted or deleted text', () => {
    const shown = condensedChanges([{ kind: 'insert', text: long('新') }, { kind: 'delete', text: long('旧') }]);
    expect(shown).toEqual([{ kind: 'insert', text: long('新') }, { kind: 'delete', text: long('旧') }]);
  });
});
