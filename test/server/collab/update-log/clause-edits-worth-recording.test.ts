import { describe, expect, it } from 'vitest';
import { clauseEditsWorthRecording } from '../../../../server/collab/update-log/clause-edits-worth-recording';

describe('clauseEditsWorthRecording', () => {
  it('keeps one entry per person and clause per minute, and forgets old keys once it remembers many', () => {
    const lastRecorded = new Map<string, number>();
    const start = new Date('2026-11-21T08:00:00Z');
    const at = (seconds: number): Date => new Date(start.getTime() + seconds * 1000);
    const worthRecording = (clauseIds: string[], seconds: number, userId = 'user-drafter') =>
      clauseEditsWorthRecording({ documentName: 'standard:a', clauseIds: new Set(clauseIds), userId, now: at(seconds), lastRecorded });

    expect(worthRecording(['scope'], 0)).toEqual([{ clauseId: 'scope', editedAt: at(0).getTime() }]);
    expect(worthRecording(['scope', 'terms'], 30)).toEqual([{ clauseId: 'terms', editedAt: at(30).getTime() }]);
    expect(worthRecording(['scope'], 30, 'user-convenor')).toEqual([{ clauseId: 'scope', editedAt: at(30).getTime() }]);
    expect(worthRecording(['scope'], 61)).toEqual([{ clauseId: 'scope', editedAt: at(61).getTime() }]);

    for (let index = 0; index < 10_001; index += 1) lastRecorded.set(`standard:old|clause-${index}|user-drafter`, start.getTime());
    worthRecording(['scope'], 200);
    expect(lastRecorded.size).toBeLessThan(10);
  });
});
