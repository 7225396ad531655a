import { escapeHtml } from '../../../shared/document/compare/escape-html';

/** Markup that is already safe: built by `html` from escaped values, or trusted output such as Temml's MathML. */
export class SafeHtml {
  constructor(readonly markup: string) {}

  toString(): string {
    return this.markup;
  }
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function rendered(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return value.map(rendered).join('');
  return escapeHtml(String(value as string | number));
}

/**
 * The only way the public pages write markup: every interpolated string is escaped for text and quoted attributes,
 * only `SafeHtml` passes through as it is. Attribute values must be written in double quotes.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let markup = strings[0] ?? '';
  values.forEach((value, index) => {
    markup += rendered(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(markup);
}

/** Markup the caller vouches for (MathML from the TeX converter, which never passes the drafter's text through). */
export function trustedMarkup(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
