import { describe, expect, it } from 'vitest';
import { fieldOfHeader, findTemplateLayout } from '../../../server/imports/template-columns';
import { commentTypeOfText } from '../../../server/imports/comment-type-text';
import { isoTemplateHeader, nationalSummaryHeader, nationalSummaryTitleLines } from '../../fixtures/templates/template-headers';

describe('recognising a commenting template by its header', () => {
  it('knows every column of the ISO/IEC template, with its line breaks, examples and footnote marks', () => {
    expect(isoTemplateHeader.map(fieldOfHeader)).toEqual(['other', 'line', 'clause', 'elementReference', 'type', 'comment', 'proposedChange', 'other']);
  });

  it('knows the columns of the 意见汇总表, and takes 处理意见 for the secretariat’s column, not the comment', () => {
    expect(nationalSummaryHeader.map(fieldOfHeader)).toEqual(['other', 'clause', 'comment', 'proposedChange', 'other', 'other', 'other']);
    expect(['章 条 号', '意见类型', '修改建议/理由', '理由', '段落/图/表', 'ＣＬＡＵＳＥ', 'Reason'].map(fieldOfHeader)).toEqual(['clause', 'type', 'proposedChange', 'reason', 'elementReference', 'clause', 'reason']);
    expect(fieldOfHeader('原文')).toBeNull();
  });

  it('finds the header below the title lines and maps its columns', () => {
    const table = [...nationalSummaryTitleLines.map((line, index) => ({ number: index + 1, cells: [line] })), { number: 3, cells: nationalSummaryHeader }];
    expect(findTemplateLayout(table)).toEqual({ headerIndex: 2, columns: { clause: 1, comment: 2, proposedChange: 3 } });
    expect(findTemplateLayout([{ number: 1, cells: ['项目', '值'] }])).toBeNull();
  });

  it('reads the type of comment in the ISO letters and in Chinese', () => {
    expect(['ge', 'TE', ' ed ', '技术', '编辑性', 'General', 'ｔｅ'].map(commentTypeOfText)).toEqual(['ge', 'te', 'ed', 'te', 'ed', 'ge', 'te']);
    expect(commentTypeOfText('重要')).toBeNull();
  });
});
