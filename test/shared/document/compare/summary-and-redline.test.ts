import { describe, expect, it } from 'vitest';
import { renderRedlineHtml } from '../../../../shared/document/compare/render-redline-html';
import { clause, minimalStandard, paragraph } from '../../../helpers/standard-builder';
import { appearance, baseStandard, compare, dimensions, generalChapter, insulation, performanceChapter, strength, temperature } from './comparison-fixtures';

const context = { standardTitle: '电子设备通用技术要求', fromLabel: '征求意见稿', toLabel: '送审稿', language: 'zh' as const };

/** 4.1 changed, 5.2 removed (5.3 renumbered), 5.1 moved to the end of chapter 4, 5.4 added. */
function editedStandard() {
  const edited = clause('clause-4-1', '外观', paragraph('外壳表面宜平整，无明显划痕。'));
  const added = clause('clause-5-4', '防护', paragraph('防护等级应不低于IP54。'));
  return minimalStandard(generalChapter(edited, dimensions, temperature), performanceChapter(strength, added));
}

describe('comparison summary', () => {
  it('counts each kind of change and says so in Chinese and English', () => {
    const { comparison, idsWith } = compare(baseStandard(), editedStandard());

    expect(idsWith('moved')).toEqual(['clause-5-1']);
    expect(comparison.summary).toEqual({
      changed: 1,
      added: 1,
      removed: 1,
      moved: 1,
      renumbered: 1,
      text: { zh: '1 条变更，1 条新增，1 条删除，1 条移动，1 条重新编号', en: '1 clause changed, 1 added, 1 removed, 1 moved, 1 renumbered' },
    });
  });

  it('writes every count, zeros included', () => {
    const edited = clause('clause-4-1', '外观', paragraph('外壳表面宜平整。'));
    const edited2 = clause('clause-4-2', '尺寸', paragraph('长度偏差应不大于5 mm。'));
    const { comparison } = compare(baseStandard(), minimalStandard(generalChapter(edited, edited2), performanceChapter(temperature, insulation, strength)));

    expect(comparison.summary.text).toEqual({ zh: '2 条变更，0 条新增，0 条删除，0 条移动，0 条重新编号', en: '2 clauses changed, 0 added, 0 removed, 0 moved, 0 renumbered' });
  });

  it('finds nothing between two equal documents', () => {
    const { comparison } = compare(baseStandard(), baseStandard());

    expect(comparison.clauses).toHaveLength(10);
    expect(comparison.clauses.every((entry) => entry.change === 'unchanged' && !entry.textChanged && entry.textChanges.length === 0)).toBe(true);
    expect(comparison.summary).toEqual({ changed: 0, added: 0, removed: 0, moved: 0, renumbered: 0, text: { zh: '无变化', en: 'No changes' } });
  });
});

describe('renderRedlineHtml', () => {
  it('escapes user text and marks insertions and deletions', () => {
    const hostile = clause('clause-4-1', '外观<b>', paragraph('外壳表面应平整 <script>alert("x")</script> & \'ok\'。'));
    const from = minimalStandard(generalChapter(appearance, dimensions), performanceChapter(temperature, insulation, strength));
    const to = minimalStandard(generalChapter(hostile, dimensions), performanceChapter(temperature, insulation, strength));
    const html = renderRedlineHtml(compare(from, to).comparison, { ...context, standardTitle: '标准<img src=x onerror=alert(1)>' });

    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;ok&#39;');
    expect(html).toContain('标准&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toMatch(/<ins>[^<]*&lt;script&gt;/);
    expect(html).toMatch(/<del>[^<]*<\/del>/);
  });

  it('is a complete page with the header, the summary and one section per listed entry', () => {
    const html = renderRedlineHtml(compare(baseStandard(), editedStandard()).comparison, context);

    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain('@page { size: A4;');
    expect(html).not.toMatch(/<script|<link|src=|href=/);
    expect(html).toContain('<h1>电子设备通用技术要求</h1>');
    expect(html).toContain('比较：征求意见稿 → 送审稿');
    expect(html).toContain('1 条变更，1 条新增，1 条删除，1 条移动，1 条重新编号；6 条未变化（未列出）');
    expect(html.match(/<section /g)).toHaveLength(5);
    expect(html).toContain('5.1 → 4.3');
    for (const badge of ['新增', '删除', '移动', '修改', '重新编号']) expect(html).toContain(`>${badge}</span>`);
    expect(html).toContain('<del>应</del><ins>宜</ins>');
  });

  it('speaks English when asked', () => {
    const html = renderRedlineHtml(compare(baseStandard(), editedStandard()).comparison, { ...context, language: 'en', fromLabel: 'Draft', toLabel: 'Final' });

    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Comparison: Draft → Final');
    expect(html).toContain('1 clause changed, 1 added, 1 removed, 1 moved, 1 renumbered; 6 unchanged (not listed)');
    for (const badge of ['Added', 'Removed', 'Moved', 'Changed', 'Renumbered']) expect(html).toContain(`>${badge}</span>`);
  });
});
