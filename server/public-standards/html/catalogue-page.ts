import type { PublicCatalogueResponse } from '../../../shared/api/public-standards';
import { maximumSearchQueryLength } from '../../../shared/search/text-query';
import { catalogueAddress } from '../public-addresses';
import { html, type SafeHtml } from './html-template';
import { pageShell } from './page-shell';
import { inLanguage, publicPageWords, type PublicPageLanguage, type PublicPageWords } from './public-page-words';

interface Rendering {
  bodyCode: string;
  catalogue: PublicCatalogueResponse;
  words: PublicPageWords;
  language: PublicPageLanguage;
}

function pageLink({ bodyCode, language }: Rendering, query: string, offset: number, text: string): SafeHtml {
  const parameters = new URLSearchParams();
  if (query !== '') parameters.set('query', query);
  if (offset > 0) parameters.set('offset', String(offset));
  const search = parameters.toString();
  return html`<a href="${inLanguage(`${catalogueAddress(bodyCode)}${search === '' ? '' : `?${search}`}`, language)}">${text}</a>`;
}

function resultsHtml(rendering: Rendering): SafeHtml {
  const { bodyCode, catalogue, words, language } = rendering;
  if (catalogue.total === 0) {
    if (catalogue.query === '') return html`<p class="empty">${words.nothingPublished(bodyCode)}</p>`;
    const [before, after] = words.nothingFound(catalogue.query);
    return html`<p class="empty">${before}${pageLink(rendering, '', 0, words.showAll)}${after}</p>`;
  }
  const rows = catalogue.editions.map(
    (edition) => html`<tr class="status-row-${edition.status}">
<td><a href="${inLanguage(edition.address, language)}">${edition.number}</a></td>
<td><a href="${inLanguage(edition.address, language)}" lang="zh-CN">${edition.titleChinese}</a>${edition.titleEnglish === '' ? '' : html`<br><span class="english-title" lang="en">${edition.titleEnglish}</span>`}</td>
<td>${edition.icsCode}</td>
<td><span class="status status-${edition.status}">${words.status[edition.status]}</span>${edition.withdrawnOn === null ? '' : html`<br><span class="date-note">${words.withdrawnOnNote(edition.withdrawnOn)}</span>`}</td>
<td>${edition.publishedOn}</td>
<td>${edition.implementedOn}</td>
</tr>`,
  );
  const first = catalogue.offset + 1;
  const last = catalogue.offset + catalogue.editions.length;
  const previous = catalogue.offset > 0 ? pageLink(rendering, catalogue.query, Math.max(0, catalogue.offset - catalogue.limit), words.previousPage) : '';
  const next = last < catalogue.total ? pageLink(rendering, catalogue.query, last, words.nextPage) : '';
  const columns = words.catalogueColumns.map((column) => html`<th scope="col">${column}</th>`);
  return html`<p class="result-count">${words.resultCount({ query: catalogue.query, total: catalogue.total, first, last, paged: catalogue.total > catalogue.editions.length })}</p>
<div class="table-scroll"><table class="catalogue"><thead><tr>${columns}</tr></thead><tbody>${rows}</tbody></table></div>
${previous === '' && next === '' ? '' : html`<nav class="pages" aria-label="${words.pages}">${previous}${next}</nav>`}`;
}

export interface CataloguePageProps {
  bodyCode: string;
  issuingBody: string;
  catalogue: PublicCatalogueResponse;
  canonical: string | null;
  language: PublicPageLanguage;
}

/** The public catalogue of a body's published standards with its search form (a plain GET form: no script needed). */
export function renderCataloguePage({ bodyCode, issuingBody, catalogue, canonical, language }: CataloguePageProps): string {
  const words = publicPageWords[language];
  const rendering: Rendering = { bodyCode, catalogue, words, language };
  const main = html`<h1>${words.catalogueHeading(issuingBody)}</h1>
<p class="lead">${words.catalogueLead(bodyCode)}</p>
<form class="search" method="get" action="${catalogueAddress(bodyCode)}" role="search">
${language === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
<label for="catalogue-query">${words.searchLabel}</label>
<input id="catalogue-query" type="search" name="query" value="${catalogue.query}" maxlength="${maximumSearchQueryLength}" placeholder="${words.searchPlaceholder(bodyCode)}">
<button type="submit">${words.searchButton}</button>
</form>
${resultsHtml(rendering)}`;
  return pageShell({ language, title: language === 'zh' ? `${words.catalogueHeading(issuingBody)}（T/${bodyCode}）` : `${words.catalogueHeading(issuingBody)} (T/${bodyCode})`, description: words.catalogueDescription(issuingBody, bodyCode), canonical, bodyCode, address: catalogueAddress(bodyCode), main });
}
