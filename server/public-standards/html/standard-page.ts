import type { PublicStandard } from '../../../shared/api/public-standards';
import { html, type SafeHtml } from './html-template';
import { pageShell } from './page-shell';
import { inLanguage, publicPageWords, type PublicPageLanguage, type PublicPageWords } from './public-page-words';

const fileFormats = [
  { key: 'pdf', name: 'PDF' },
  { key: 'docx', name: 'Word（.docx）' },
] as const;

function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

interface Rendering {
  standard: PublicStandard;
  words: PublicPageWords;
  language: PublicPageLanguage;
}

function statusBadge({ standard, words }: Rendering): SafeHtml {
  return html`<span class="status status-${standard.status}">${words.status[standard.status]}</span>`;
}

function statusNotice({ standard, words, language }: Rendering): SafeHtml {
  if (standard.status === 'withdrawn') return html`<p class="notice notice-withdrawn" role="note">${words.withdrawnNotice(standard.withdrawnOn ?? '')}</p>`;
  if (standard.status === 'replaced' && standard.replacedBy) {
    const [before, after] = words.replacedNotice;
    return html`<p class="notice notice-replaced" role="note">${before}<a href="${inLanguage(standard.replacedBy.address, language)}">${standard.replacedBy.number}</a>${after}</p>`;
  }
  return html``;
}

function fact(term: string, value: SafeHtml | string): SafeHtml {
  return html`<div><dt>${term}</dt><dd>${value === '' ? '—' : value}</dd></div>`;
}

function factsHtml(rendering: Rendering): SafeHtml {
  const { standard, words, language } = rendering;
  const names = words.fact;
  const link = (target: { number: string; address: string }) => html`<a href="${inLanguage(target.address, language)}">${target.number}</a>`;
  return html`<section aria-labelledby="facts-heading"><h2 id="facts-heading">${words.facts}</h2><dl class="facts">
${fact(names.number, standard.number)}
${fact(names.chineseTitle, html`<span lang="zh-CN">${standard.titleChinese}</span>`)}
${fact(names.englishTitle, standard.titleEnglish === '' ? '' : html`<span lang="en">${standard.titleEnglish}</span>`)}
${fact('ICS', standard.icsCode)}
${fact('CCS', standard.ccsCode)}
${fact(names.status, statusBadge(rendering))}
${fact(names.publishedOn, standard.publishedOn)}
${fact(names.implementedOn, standard.implementedOn)}
${standard.withdrawnOn === null ? '' : fact(names.withdrawnOn, standard.withdrawnOn)}
${fact(names.issuingBody, standard.issuingBody)}
${fact(names.draftingUnits, standard.draftingUnits)}
${fact(names.principalDrafters, standard.principalDrafters)}
${standard.replaces === null ? '' : fact(names.replaces, link(standard.replaces))}
${standard.replacedBy === null ? '' : fact(names.replacedBy, link(standard.replacedBy))}
</dl></section>`;
}

function downloadsHtml({ standard, words }: Rendering): SafeHtml {
  const rows = fileFormats.map(({ key, name }) => {
    const file = standard.downloads[key];
    return html`<tr><th scope="row">${name}</th><td><a href="${file.address}" download>${words.download(standard.number)}</a></td><td>${sizeText(file.bytes)}</td><td><code class="hash">${file.sha256}</code></td></tr>`;
  });
  const [format, name, size, hash] = words.downloadColumns;
  return html`<section aria-labelledby="downloads-heading"><h2 id="downloads-heading">${words.downloads}</h2>
<p>${words.downloadsLead}</p>
<div class="table-scroll"><table class="downloads"><thead><tr><th scope="col">${format}</th><th scope="col">${name}</th><th scope="col">${size}</th><th scope="col">${hash}</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function processDocumentsHtml({ standard, words }: Rendering): SafeHtml {
  const list = standard.processDocuments.map((document) => html`<li><a href="${document.address}">${words.processDocument[document.kind]}</a></li>`);
  return html`<section aria-labelledby="process-heading"><h2 id="process-heading">${words.processDocuments}</h2>${list.length === 0 ? html`<p>${words.noProcessDocuments}</p>` : html`<ul>${list}</ul>`}</section>`;
}

function participationHtml({ standard, words }: Rendering): SafeHtml {
  return html`<section aria-labelledby="participation-heading"><h2 id="participation-heading">${words.participation}</h2>
<p>${words.participationLead}</p>
<ul class="actions"><li><a class="button" href="${standard.feedbackAddress}">${words.sendFeedback}</a></li><li><a class="button" href="${standard.complaintAddress}">${words.complain}</a></li></ul></section>`;
}

function outlineHtml({ standard, words }: Rendering): SafeHtml {
  const items = standard.outline.map((item) => {
    const label = item.kind === 'annex' ? words.annex(item.number ?? '') : (item.number ?? '');
    const text = html`${label === '' ? '' : html`<span class="clause-number">${label}</span>\u3000`}${item.title}`;
    return html`<li class="outline-level-${Math.min(item.level, 4)}">${item.anchor === null ? text : html`<a href="#${item.anchor}">${text}</a>`}</li>`;
  });
  return html`<nav aria-labelledby="outline-heading" class="outline" lang="zh-CN"><h2 id="outline-heading">${words.outline}</h2><ol>${items}</ol></nav>`;
}

export interface StandardPageProps {
  standard: PublicStandard;
  fullText: SafeHtml;
  canonical: string | null;
  language: PublicPageLanguage;
}

/** The permanent public page of a published edition; the standard's own text stays Chinese in both languages. */
export function renderStandardPage({ standard, fullText, canonical, language }: StandardPageProps): string {
  const words = publicPageWords[language];
  const rendering: Rendering = { standard, words, language };
  const scope = standard.scope.length === 0 ? html`<p>—</p>` : standard.scope.map((paragraph) => html`<p>${paragraph}</p>`);
  const title = language === 'en' && standard.titleEnglish !== '' ? standard.titleEnglish : standard.titleChinese;
  const main = html`<article class="standard">
<header class="standard-header">
<p class="standard-number">${standard.number}</p>
<h1 lang="zh-CN">${standard.titleChinese}</h1>
${standard.titleEnglish === '' ? '' : html`<p class="english-title" lang="en">${standard.titleEnglish}</p>`}
<p class="standard-status">${statusBadge(rendering)} ${words.publishedAndImplemented(standard.publishedOn, standard.implementedOn)}${standard.withdrawnOn === null ? '' : words.withdrawnOnShort(standard.withdrawnOn)}</p>
${statusNotice(rendering)}
</header>
${factsHtml(rendering)}
<section aria-labelledby="scope-heading"><h2 id="scope-heading">${words.scope}</h2><div lang="zh-CN">${scope}</div></section>
${standard.patentStatement === null ? '' : html`<section aria-labelledby="patent-heading"><h2 id="patent-heading">${words.patent}</h2><p lang="zh-CN">${standard.patentStatement}</p></section>`}
${downloadsHtml(rendering)}
${processDocumentsHtml(rendering)}
${participationHtml(rendering)}
${outlineHtml(rendering)}
<section aria-labelledby="text-heading" class="full-text"><h2 id="text-heading">${words.fullText}</h2><div lang="zh-CN">${fullText}</div></section>
</article>`;
  const description = words
    .pageDescription({ number: standard.number, title, status: words.status[standard.status], issuingBody: standard.issuingBody, publishedOn: standard.publishedOn, implementedOn: standard.implementedOn, scope: standard.scope[0] ?? '' })
    .slice(0, 300);
  return pageShell({ language, title: `${standard.number} ${title}`, description, canonical, bodyCode: standard.bodyCode, address: standard.address, main });
}
