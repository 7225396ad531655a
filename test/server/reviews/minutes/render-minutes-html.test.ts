import { describe, expect, it } from 'vitest';
import { renderMinutesHtml } from '../../../../server/reviews/minutes/render-minutes-html';
import { sampleCheckpointHash, sampleChecksum, sampleCorrespondenceFacts, sampleMeetingFacts, sampleTallyInWords } from './sample-minutes-facts';

const hostileOpinion = '<img src=x onerror=alert(1)>';
const hostileName = '"><script>alert(2)</script>';

function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

/** Every element and attribute name the page uses: user text must never add one. */
function tagNamesOf(html: string): string[] {
  const names = [...html.matchAll(/<\/?([a-z0-9!]+)([^>]*)>/gi)].flatMap((tag) => [tag[1] ?? '', ...[...(tag[2] ?? '').matchAll(/([a-z-]+)=/gi)].map((attribute) => attribute[1] ?? '')]);
  return [...new Set(names.map((name) => name.toLowerCase()))].sort();
}

describe('the minutes as an HTML page', () => {
  it('is a standalone Chinese A4 page with nothing to run or fetch', () => {
    const html = renderMinutesHtml(sampleMeetingFacts());
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/@page \{ size: A4;/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\shref=|\ssrc=|@import|url\(/i);
  });

  it('prints the meeting facts, opinions and answers, the vote and the signature sheet', () => {
    const text = textOf(renderMinutesHtml(sampleMeetingFacts()));
    for (const expected of [
      '《智能制造 术语》技术审查会议纪要',
      '标准编号：T/CAS 290—2026',
      '会议时间：2026年12月7日 14:00',
      '会议形式：现场+线上',
      '会议地点：北京市海淀区某路 1 号 302 会议室',
      '线上会议链接：https://meeting.example/j/123?pwd=a&b=c',
      '表决规则：团体标准技术审查会（四分之三同意）',
      '审查专家组组长：王建国',
      '审查专家组共 5 名专家，出席 4 名。',
      '缺席专家：陈刚（起草单位甲）',
      '不参加表决：陈刚（起草单位人员）',
      '送审稿：第 3 版',
      sampleChecksum,
      '1. 第 5.2 条的试验温度宜改为 (23±2) ℃。（提出：李红）',
      '起草工作组答复：采纳',
      '起草工作组答复：不采纳。理由：附录 B 为行业检测所必需。',
      '起草工作组答复：起草工作组尚未答复',
      '表决事项 1：同意《智能制造 术语》送审稿通过技术审查',
      '开始表决：2026年12月7日 15:30',
      `计票结果：${sampleTallyInWords}`,
      '同意（纸质表决单）',
      '附录 B 的问题尚未解决。',
      '未表决',
      '六、审查结论',
      '经表决，《智能制造 术语》送审稿通过技术审查。',
      '审查专家签名表',
      '组长 / 研究员',
      `记录日志检查点：第 42 条，SHA-256 ${sampleCheckpointHash}`,
    ]) {
      expect(text).toContain(expected);
    }
    const signatureSheet = text.slice(text.indexOf('审查专家签名表'));
    expect(signatureSheet).toContain('赵敏');
    expect(signatureSheet).not.toContain('陈刚');
  });

  it('lists every member on a correspondence ballot and prints its opening and closing times', () => {
    const text = textOf(renderMinutesHtml(sampleCorrespondenceFacts({ checkpoint: null })));
    expect(text).toContain('《智能制造 术语》技术审查函审结论');
    expect(text).toContain('函审开始时间：2026年11月20日 09:00');
    expect(text).toContain('函审截止时间：2026年12月4日 17:00');
    expect(text).not.toContain('会议时间');
    expect(text.slice(text.indexOf('审查专家签名表'))).toContain('陈刚');
    expect(text).toContain('记录日志检查点：尚无检查点');
  });

  it('escapes every piece of user text', () => {
    const facts = sampleMeetingFacts({
      standardTitle: `标准${hostileName}`,
      chair: hostileName,
      onlineLink: 'javascript:alert(3)" onclick="x',
      opinions: [{ text: hostileOpinion, writtenBy: hostileName, response: { decision: 'not_accepted', reason: hostileOpinion } }],
    });
    const [first, ...rest] = facts.panel;
    facts.panel = [...(first ? [{ ...first, displayName: hostileName, organisation: hostileOpinion, title: hostileName }] : []), ...rest];
    const html = renderMinutesHtml(facts);
    expect(html).not.toContain(hostileOpinion);
    expect(html).not.toContain('<script>');
    expect(tagNamesOf(html)).toEqual(tagNamesOf(renderMinutesHtml(sampleMeetingFacts())));
    expect(html).not.toContain('onclick="');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('javascript:alert(3)&quot; onclick=&quot;x');
    expect(textOf(html)).toContain(`《标准${hostileName}》技术审查会议纪要`);
  });
});
