import type { PublicationStatus } from '../../../shared/domain/publication-status';
import { publicationStatusNamesInChinese } from '../../../shared/domain/publication-status';
import type { PublicProcessDocument } from '../../../shared/api/public-standards';

/** The public pages are Chinese by default; `?lang=en` gives the same page in English. */
export type PublicPageLanguage = 'zh' | 'en';

export function publicPageLanguageOf(value: string | undefined): PublicPageLanguage {
  return value === 'en' ? 'en' : 'zh';
}

/** The address in the page's language: Chinese addresses carry no parameter. */
export function inLanguage(address: string, language: PublicPageLanguage): string {
  if (language === 'zh') return address;
  return `${address}${address.includes('?') ? '&' : '?'}lang=en`;
}

export interface PublicPageWords {
  htmlLanguage: string;
  siteName: string;
  catalogueOf: (bodyCode: string) => string;
  feedLink: string;
  feedTitle: (bodyCode: string) => string;
  otherLanguage: string;
  footer: string;
  status: Record<PublicationStatus, string>;
  processDocument: Record<PublicProcessDocument['kind'], string>;
  publishedAndImplemented: (publishedOn: string, implementedOn: string) => string;
  withdrawnOnShort: (date: string) => string;
  withdrawnNotice: (date: string) => string;
  replacedNotice: [before: string, after: string];
  facts: string;
  fact: { number: string; chineseTitle: string; englishTitle: string; status: string; publishedOn: string; implementedOn: string; withdrawnOn: string; issuingBody: string; draftingUnits: string; principalDrafters: string; replaces: string; replacedBy: string };
  scope: string;
  patent: string;
  downloads: string;
  downloadsLead: string;
  downloadColumns: [format: string, file: string, size: string, hash: string];
  download: (number: string) => string;
  processDocuments: string;
  noProcessDocuments: string;
  participation: string;
  participationLead: string;
  sendFeedback: string;
  complain: string;
  outline: string;
  annex: (letter: string) => string;
  fullText: string;
  pageDescription: (facts: { number: string; title: string; status: string; issuingBody: string; publishedOn: string; implementedOn: string; scope: string }) => string;
  notFoundTitle: string;
  notFoundMessage: string;
  unreadableTitle: string;
  unreadableMessage: string;
  findInCatalogue: (bodyCode: string) => string;
  catalogueHeading: (issuingBody: string) => string;
  catalogueLead: (bodyCode: string) => string;
  catalogueDescription: (issuingBody: string, bodyCode: string) => string;
  searchLabel: string;
  searchPlaceholder: (bodyCode: string) => string;
  searchButton: string;
  nothingPublished: (bodyCode: string) => string;
  nothingFound: (query: string) => [before: string, after: string];
  showAll: string;
  resultCount: (facts: { query: string; total: number; first: number; last: number; paged: boolean }) => string;
  catalogueColumns: [number: string, title: string, ics: string, status: string, publishedOn: string, implementedOn: string];
  withdrawnOnNote: (date: string) => string;
  previousPage: string;
  nextPage: string;
  pages: string;
}

export const publicPageWords: Record<PublicPageLanguage, PublicPageWords> = {
  zh: {
    htmlLanguage: 'zh-CN',
    siteName: '团体标准公开信息',
    catalogueOf: (bodyCode) => `T/${bodyCode} 团体标准目录`,
    feedLink: '订阅新发布（Atom）',
    feedTitle: (bodyCode) => `T/${bodyCode} 新发布的标准`,
    otherLanguage: 'English',
    footer: '本页公开已发布的团体标准，无需登录即可阅读和下载。提交实施信息反馈或投诉需要登录。',
    status: publicationStatusNamesInChinese,
    processDocument: { comment_table: '征求意见汇总处理表', review_minutes: '技术审查会议纪要', explanatory_statement: '编制说明' },
    publishedAndImplemented: (publishedOn, implementedOn) => `发布 ${publishedOn} · 实施 ${implementedOn}`,
    withdrawnOnShort: (date) => ` · 废止 ${date}`,
    withdrawnNotice: (date) => `本标准已于 ${date} 废止，仅供查阅。`,
    replacedNotice: ['本标准已被 ', ' 代替。'],
    facts: '基本信息',
    fact: { number: '标准编号', chineseTitle: '中文标题', englishTitle: '英文标题', status: '状态', publishedOn: '发布日期', implementedOn: '实施日期', withdrawnOn: '废止日期', issuingBody: '发布单位', draftingUnits: '起草单位', principalDrafters: '主要起草人', replaces: '代替', replacedBy: '被代替' },
    scope: '范围',
    patent: '专利说明',
    downloads: '下载',
    downloadsLead: '下载的文件与发布时保存的文件逐字节相同；可用 SHA-256 校验（如 sha256sum）核对。',
    downloadColumns: ['格式', '文件', '大小', 'SHA-256'],
    download: (number) => `下载 ${number}`,
    processDocuments: '制定过程文件',
    noProcessDocuments: '发布单位没有公开本标准的制定过程文件。',
    participation: '实施信息反馈与投诉',
    participationLead: '在实施本标准时发现问题，或认为本标准或其制定过程有不当之处，请登录后提交（需要账号）。',
    sendFeedback: '提交实施信息反馈',
    complain: '投诉',
    outline: '目次',
    annex: (letter) => `附录${letter}`,
    fullText: '全文',
    pageDescription: (facts) => `${facts.number}《${facts.title}》（${facts.status}），${facts.issuingBody}发布，${facts.publishedOn}发布，${facts.implementedOn}实施。${facts.scope}`,
    notFoundTitle: '未找到该标准',
    notFoundMessage: '这个编号下没有已发布的团体标准。请检查标准编号，或在标准目录中查找。',
    unreadableTitle: '无法查找',
    unreadableMessage: '查找条件过长或格式不对：请输入不超过 100 个字符的标准编号、标题或 ICS 分类号后再试。',
    findInCatalogue: (bodyCode) => `到 T/${bodyCode} 的标准目录中查找`,
    catalogueHeading: (issuingBody) => `${issuingBody} 团体标准目录`,
    catalogueLead: (bodyCode) => `T/${bodyCode} 已发布的团体标准：可按标准编号、中文或英文标题、ICS 分类号查找。`,
    catalogueDescription: (issuingBody, bodyCode) => `${issuingBody}（T/${bodyCode}）已发布团体标准的目录：标准编号、标题、ICS、状态、发布和实施日期。`,
    searchLabel: '查找标准',
    searchPlaceholder: (bodyCode) => `如 T/${bodyCode} 012—2026、标题或 ICS 01.120`,
    searchButton: '搜索',
    nothingPublished: (bodyCode) => `T/${bodyCode} 还没有已发布的标准。标准发布后会列在这里，也可以订阅上方的 Atom 源获知新发布。`,
    nothingFound: (query) => [`没有找到与“${query}”相符的已发布标准。请换一个标准编号、标题或 ICS 分类号再试，或`, '。'],
    showAll: '查看全部标准',
    resultCount: ({ query, total, first, last, paged }) => `${query === '' ? '' : `与“${query}”相符的`}已发布标准共 ${total} 项${paged ? `，显示第 ${first}–${last} 项` : ''}。现行标准在前。`,
    catalogueColumns: ['标准编号', '标准名称', 'ICS', '状态', '发布日期', '实施日期'],
    withdrawnOnNote: (date) => `${date} 废止`,
    previousPage: '上一页',
    nextPage: '下一页',
    pages: '分页',
  },
  en: {
    htmlLanguage: 'en',
    siteName: 'Published group standards',
    catalogueOf: (bodyCode) => `T/${bodyCode} catalogue`,
    feedLink: 'New publications (Atom)',
    feedTitle: (bodyCode) => `New T/${bodyCode} standards`,
    otherLanguage: '中文',
    footer: 'These pages show published group standards: anyone may read and download them. Sending implementation feedback or a complaint needs an account.',
    status: { current: 'In force', replaced: 'Replaced', withdrawn: 'Withdrawn' },
    processDocument: { comment_table: 'Comment table', review_minutes: 'Minutes of the technical review', explanatory_statement: 'Explanatory statement' },
    publishedAndImplemented: (publishedOn, implementedOn) => `Published ${publishedOn} · in force from ${implementedOn}`,
    withdrawnOnShort: (date) => ` · withdrawn ${date}`,
    withdrawnNotice: (date) => `This standard was withdrawn on ${date}; it is kept here for reference.`,
    replacedNotice: ['This standard has been replaced by ', '.'],
    facts: 'Facts',
    fact: { number: 'Number', chineseTitle: 'Chinese title', englishTitle: 'English title', status: 'Status', publishedOn: 'Published', implementedOn: 'In force from', withdrawnOn: 'Withdrawn', issuingBody: 'Issued by', draftingUnits: 'Drafting organisations', principalDrafters: 'Principal drafters', replaces: 'Replaces', replacedBy: 'Replaced by' },
    scope: 'Scope',
    patent: 'Patents',
    downloads: 'Downloads',
    downloadsLead: 'The files are byte for byte the ones stored at publication; check them against their SHA-256 (for example with sha256sum).',
    downloadColumns: ['Format', 'File', 'Size', 'SHA-256'],
    download: (number) => `Download ${number}`,
    processDocuments: 'How it was made',
    noProcessDocuments: 'The issuing body has not published documents on how this standard was made.',
    participation: 'Implementation feedback and complaints',
    participationLead: 'Found a problem when applying this standard, or think it or the way it was made is wrong? Sign in and tell the issuing body (an account is needed).',
    sendFeedback: 'Send implementation feedback',
    complain: 'Complain',
    outline: 'Contents',
    annex: (letter) => `Annex ${letter}`,
    fullText: 'Full text',
    pageDescription: (facts) => `${facts.number} ${facts.title} (${facts.status}), issued by ${facts.issuingBody}, published ${facts.publishedOn}, in force from ${facts.implementedOn}. ${facts.scope}`,
    notFoundTitle: 'Standard not found',
    notFoundMessage: 'No group standard has been published under this number. Check the number, or look for it in the catalogue.',
    unreadableTitle: 'Cannot search for that',
    unreadableMessage: 'The search is too long or malformed: enter a standard number, a title or an ICS code of at most 100 characters and try again.',
    findInCatalogue: (bodyCode) => `Look in the T/${bodyCode} catalogue`,
    catalogueHeading: (issuingBody) => `${issuingBody}: group standards`,
    catalogueLead: (bodyCode) => `Published T/${bodyCode} standards: search by number, Chinese or English title, or ICS code.`,
    catalogueDescription: (issuingBody, bodyCode) => `The catalogue of standards published by ${issuingBody} (T/${bodyCode}): numbers, titles, ICS, status, dates.`,
    searchLabel: 'Find a standard',
    searchPlaceholder: (bodyCode) => `e.g. T/${bodyCode} 012—2026, a title or ICS 01.120`,
    searchButton: 'Search',
    nothingPublished: (bodyCode) => `T/${bodyCode} has not published a standard yet. Published standards are listed here; subscribe to the Atom feed above to hear of new ones.`,
    nothingFound: (query) => [`No published standard matches “${query}”. Try another number, title or ICS code, or `, '.'],
    showAll: 'see every standard',
    resultCount: ({ query, total, first, last, paged }) => `${total} published standard${total === 1 ? '' : 's'}${query === '' ? '' : ` matching “${query}”`}${paged ? `, showing ${first}–${last}` : ''}. Standards in force first.`,
    catalogueColumns: ['Number', 'Title', 'ICS', 'Status', 'Published', 'In force from'],
    withdrawnOnNote: (date) => `withdrawn ${date}`,
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pages: 'Pages',
  },
};
