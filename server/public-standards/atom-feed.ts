import { Feed } from 'feed';
import { escapeHtml } from '../../shared/document/compare/escape-html';
import { publicationStatusNamesInChinese } from '../../shared/domain/publication-status';
import { catalogueAddress, editionPageAddress, feedAddress } from './public-addresses';
import type { PublishedEdition } from './published-edition';

/** The feed lists this many of the newest publications. */
export const feedEntryLimit = 50;

export interface CatalogueFeedProps {
  bodyCode: string;
  /** The issuing body's name as its newest edition prints it. */
  issuingBody: string;
  /** Published editions, newest publication first. */
  editions: readonly PublishedEdition[];
  /** The site's public origin (PUBLIC_URL, or the request's), for the absolute ids and links Atom requires. */
  origin: string;
}

/** An Atom 1.0 feed of the body's new publications, written by the `feed` library. */
export function renderCatalogueFeed({ bodyCode, issuingBody, editions, origin }: CatalogueFeedProps): string {
  const absolute = (path: string): string => new URL(path, origin).href;
  const entries = [...editions].sort((left, right) => (right.row.publishedAt?.getTime() ?? 0) - (left.row.publishedAt?.getTime() ?? 0)).slice(0, feedEntryLimit);
  const feed = new Feed({
    id: absolute(feedAddress(bodyCode)),
    title: `${issuingBody} 新发布的团体标准（T/${bodyCode}）`,
    description: `${issuingBody}发布的团体标准`,
    link: absolute(catalogueAddress(bodyCode)),
    language: 'zh-CN',
    updated: entries[0]?.row.publishedAt ?? new Date(0),
    generator: 'Normdraft',
    feedLinks: { atom: absolute(feedAddress(bodyCode)) },
    copyright: issuingBody,
  });
  for (const edition of entries) {
    const page = absolute(editionPageAddress(edition.row));
    const dates = `发布日期 ${edition.row.publishedOn ?? ''}，实施日期 ${edition.row.implementedOn ?? ''}，状态：${publicationStatusNamesInChinese[edition.status]}`;
    feed.addItem({
      id: page,
      // The library writes entry titles and summaries as type="html": escaped here, readers show the text as text.
      title: escapeHtml(`${edition.number} ${edition.text.titleChinese}`),
      link: page,
      date: edition.row.publishedAt ?? new Date(0),
      published: edition.row.publishedAt ?? new Date(0),
      description: escapeHtml(edition.text.titleEnglish === '' ? dates : `${edition.text.titleEnglish}。${dates}`),
      author: [{ name: issuingBody }],
    });
  }
  return feed.atom1();
}
