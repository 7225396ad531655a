import type { JSONContent } from '@tiptap/core';
import { projectCoverFields, type ProjectCoverFacts } from './project-cover-fields';

export const forewordStandardSentence =
  '本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。';

/** GB/T 1.1-2020 Annex D D.2: what the 前言 says while no patent has been identified. */
export const forewordPatentSentence = '请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。';

export const normativeReferencesLeadIn =
  '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。';

/** What 2 规范性引用文件 says when the document cites no document normatively. */
export const noNormativeReferencesSentence = '本文件没有规范性引用文件。';

export const termsAndDefinitionsLeadIn = '下列术语和定义适用于本文件。';

/** What 3 术语和定义 says when the document defines no term. */
export const noTermsSentence = '本文件没有需要界定的术语和定义。';

function paragraph(text?: string): JSONContent {
  return text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' };
}

function chapter(id: string, title: string, body: JSONContent[]): JSONContent {
  return {
    type: 'clause',
    attrs: { id },
    content: [{ type: 'clauseTitle', content: [{ type: 'text', text: title }] }, ...body],
  };
}

/**
 * The GB/T 1.1-2020 skeleton every new draft starts from: 前言, 1 范围, 2 规范性引用文件, 3 术语和定义; with a project,
 * a cover carrying the project's title, English title, body code and sequence number comes first.
 */
export function createSkeletonDocument(generateIdentifier: () => string, project?: ProjectCoverFacts): JSONContent {
  return {
    type: 'doc',
    content: [
      ...(project ? [{ type: 'cover', attrs: projectCoverFields(project) }] : []),
      { type: 'foreword', content: [paragraph(forewordStandardSentence), paragraph(forewordPatentSentence)] },
      chapter(generateIdentifier(), '范围', [paragraph()]),
      chapter(generateIdentifier(), '规范性引用文件', [paragraph(normativeReferencesLeadIn)]),
      chapter(generateIdentifier(), '术语和定义', [paragraph(termsAndDefinitionsLeadIn)]),
    ],
  };
}
