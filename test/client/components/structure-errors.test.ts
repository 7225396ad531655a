import { describe, expect, it } from 'vitest';
import { summariseStructureErrors } from '../../../client/components/stages/structure-errors';

const message = (text: string) => ({ zh: text, en: text });

describe('the structure errors shown before a move to 征求意见', () => {
  it('counts only errors and names the first few by clause number', () => {
    const report = {
      issues: [
        { ruleId: 'a', severity: 'error' as const, message: message('缺少范围'), targetId: 'clause-1' },
        { ruleId: 'b', severity: 'warning' as const, message: message('只是提醒'), targetId: 'clause-2' },
        { ruleId: 'c', severity: 'error' as const, message: message('悬置段'), targetId: 'clause-2' },
        { ruleId: 'd', severity: 'error' as const, message: message('全文问题'), targetId: null },
      ],
    };
    const outline = { items: [{ id: 'clause-1', kind: 'clause' as const, number: '1', title: '范围', level: 1 }, { id: 'clause-2', kind: 'clause' as const, number: '5.2', title: '试验', level: 2 }], elements: [] };
    const summary = summariseStructureErrors(report, outline, 2);
    expect(summary.count).toBe(3);
    expect(summary.first).toEqual([
      { clauseNumber: '1', message: message('缺少范围') },
      { clauseNumber: '5.2', message: message('悬置段') },
    ]);
  });
});
