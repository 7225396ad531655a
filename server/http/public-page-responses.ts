import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { messagePage } from '../public-standards/html/page-shell';
import { inLanguage, publicPageLanguageOf, type PublicPageLanguage } from '../public-standards/html/public-page-words';

/** The public pages run no script, load only their own stylesheet and images, and submit forms only to this site. */
export const publicPageContentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** `?lang=en` asks for a public page in English; Chinese otherwise. */
export function publicPageLanguage(context: Context): PublicPageLanguage {
  return publicPageLanguageOf(context.req.query('lang'));
}

export function publicHtml(context: Context, markup: string, status: ContentfulStatusCode = 200): Response {
  return context.body(markup, status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': publicPageContentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    // Status and replacement can change at any time; a short shared cache keeps a withdrawal visible within minutes.
    'Cache-Control': status === 200 ? 'public, max-age=300' : 'no-store',
  });
}

export function editionNotFoundPage(context: Context, bodyCode: string | null): Response {
  return publicHtml(context, messagePage({ language: publicPageLanguage(context), kind: 'not_found', bodyCode, address: context.req.path }), 404);
}

export function unreadableQueryPage(context: Context, bodyCode: string | null): Response {
  return publicHtml(context, messagePage({ language: publicPageLanguage(context), kind: 'unreadable_query', bodyCode, address: context.req.path }), 400);
}

/** The page's absolute address under PUBLIC_URL (in the page's language), for rel=canonical; null without a public address. */
export function canonicalAddress(publicUrl: URL | null, path: string, language: PublicPageLanguage): string | null {
  return publicUrl === null ? null : new URL(inLanguage(path, language), publicUrl).href;
}
