import type { ClauseComparison, ComparisonResponse } from '../../api/versions';
import { escapeHtml } from './escape-html';
import { redlineStyles } from './redline-styles';
import { redlineWords, type RedlineLanguage } from './redline-words';

export interface RedlineContext {
  standardTitle: string;
  fromLabel: string;
  toLabel: string;
  language: RedlineLanguage;
}

type ListedComparison = ClauseComparison & { change: Exclude<ClauseComparison['change'], 'unchanged'> };

function labelled(number: string | null, kind: ClauseComparison['kind'], language: RedlineLanguage): string {
  const words = redlineWords[language];
  if (number === null) return words.noNumber;
  if (kind === 'annex') return `${words.annex}${number}`;
  if (kind === 'table') return `${words.table}${number}`;
  return number;
}

function numbersOf(entry: ClauseComparison, language: RedlineLanguage): string {
  const from = labelled(entry.fromNumber, entry.kind, language);
  const to = labelled(entry.toNumber, entry.kind, language);
  if (entry.change === 'added') return to;
  if (entry.change === 'removed' || from === to) return from;
  return `${from} → ${to}`;
}

function badge(change: ListedComparison['change'], language: RedlineLanguage): string {
  return `<span class="badge badge-${change}">${escapeHtml(redlineWords[language].changes[change])}</span>`;
}

function textOf(entry: ClauseComparison, language: RedlineLanguage): string {
  if (entry.textChanges.length === 0) return `<p class="text-unchanged">${escapeHtml(redlineWords[language].textUnchanged)}</p>`;
  const runs = entry.textChanges.map((change) => {
    const text = escapeHtml(change.text);
    if (change.kind === 'insert') return `<ins>${text}</ins>`;
    if (change.kind === 'delete') return `<del>${text}</del>`;
    return text;
  });
  return `<p class="text">${runs.join('')}</p>`;
}

function entrySection(entry: ListedComparison, language: RedlineLanguage): string {
  const badges = [badge(entry.change, language)];
  if (entry.textChanged && (entry.change === 'moved' || entry.change === 'renumbered')) badges.push(badge('changed', language));
  return [
    `<section class="entry entry-${entry.kind}">`,
    `<h2><span class="numbers">${escapeHtml(numbersOf(entry, language))}</span>${escapeHtml(entry.title)}${badges.join('')}</h2>`,
    textOf(entry, language),
    '</section>',
  ].join('\n');
}

function isListed(entry: ClauseComparison): entry is ListedComparison {
  return entry.change !== 'unchanged';
}

/** A self-contained, printable HTML page (A4, no scripts, no external resources) showing every entry that changed. */
export function renderRedlineHtml(comparison: ComparisonResponse, context: RedlineContext): string {
  const { language } = context;
  const words = redlineWords[language];
  const listed = comparison.clauses.filter(isListed);
  const unchangedCount = comparison.clauses.length - listed.length;
  const heading = `${words.comparison}${context.fromLabel} → ${context.toLabel}`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${language === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(`${context.standardTitle} — ${heading}`)}</title>`,
    `<style>${redlineStyles}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(context.standardTitle)}</h1>`,
    `<p class="versions">${escapeHtml(heading)}</p>`,
    `<p class="summary">${escapeHtml(comparison.summary.text[language] + (unchangedCount > 0 ? words.unchangedNotListed(unchangedCount) : ''))}</p>`,
    '</header>',
    '<main>',
    ...listed.map((entry) => entrySection(entry, language)),
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}
