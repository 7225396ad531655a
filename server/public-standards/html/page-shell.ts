import { catalogueAddress, feedAddress, publicStylesheetAddress } from '../public-addresses';
import { html, type SafeHtml } from './html-template';
import { inLanguage, publicPageWords, type PublicPageLanguage } from './public-page-words';

export interface PageShellProps {
  language: PublicPageLanguage;
  title: string;
  description: string;
  /** The page's absolute address under PUBLIC_URL; left out when the server has none. */
  canonical: string | null;
  /** The body whose catalogue and feed the header links to. */
  bodyCode: string | null;
  /** The page's own address in Chinese (without `lang`), for the link to the other language. */
  address: string;
  main: SafeHtml;
}

/** A whole public page: no script, one stylesheet of its own, the catalogue, the feed and the other language in the header. */
export function pageShell({ language, title, description, canonical, bodyCode, address, main }: PageShellProps): string {
  const words = publicPageWords[language];
  const otherLanguage: PublicPageLanguage = language === 'zh' ? 'en' : 'zh';
  const page = html`<!DOCTYPE html>
<html lang="${words.htmlLanguage}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${description}">
${canonical === null ? '' : html`<link rel="canonical" href="${canonical}">`}
<link rel="stylesheet" href="${publicStylesheetAddress}">
${bodyCode === null ? '' : html`<link rel="alternate" type="application/atom+xml" title="${words.feedTitle(bodyCode)}" href="${feedAddress(bodyCode)}">`}
</head>
<body>
<header class="site-header">
${bodyCode === null ? html`<span class="site-name">${words.siteName}</span>` : html`<a class="site-name" href="${inLanguage(catalogueAddress(bodyCode), language)}">${words.catalogueOf(bodyCode)}</a>`}
<nav class="header-links">${bodyCode === null ? '' : html`<a href="${feedAddress(bodyCode)}">${words.feedLink}</a>`}<a href="${inLanguage(address, otherLanguage)}" lang="${publicPageWords[otherLanguage].htmlLanguage}">${words.otherLanguage}</a></nav>
</header>
<main>
${main}
</main>
<footer class="site-footer"><p>${words.footer}</p></footer>
</body>
</html>
`;
  return page.markup;
}

export interface MessagePageProps {
  language: PublicPageLanguage;
  kind: 'not_found' | 'unreadable_query';
  bodyCode: string | null;
  address: string;
}

/** The page for a number that has no published standard, or a query the catalogue cannot read. */
export function messagePage({ language, kind, bodyCode, address }: MessagePageProps): string {
  const words = publicPageWords[language];
  const title = kind === 'not_found' ? words.notFoundTitle : words.unreadableTitle;
  const message = kind === 'not_found' ? words.notFoundMessage : words.unreadableMessage;
  const main = html`<h1>${title}</h1><p class="message">${message}</p>${bodyCode === null ? '' : html`<p><a href="${inLanguage(catalogueAddress(bodyCode), language)}">${words.findInCatalogue(bodyCode)}</a></p>`}`;
  return pageShell({ language, title, description: message, canonical: null, bodyCode, address, main });
}
