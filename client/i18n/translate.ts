import { formatBodyDate, formatBodyDateTime } from '../../shared/time/body-time';
import { bodyTimeZone } from './body-time-zone';
import type { MessageKey, Messages } from './chinese';
import { chineseMessages } from './chinese';
import { englishMessages } from './english';
import type { Language } from './language';
import { currentLanguage } from './language';

const dictionaries: Record<Language, Messages> = {
  'zh-CN': chineseMessages,
  en: englishMessages,
};

export type MessageParameters = Record<string, string | number>;

/** Reactive: reads the current language, so calls inside JSX update when the language changes. */
export function translate(key: MessageKey, parameters?: MessageParameters): string {
  const template = dictionaries[currentLanguage()][key];
  if (!parameters) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = parameters[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** A date in the reader's language and the body's time zone (reactive on both). */
export function formatDate(isoDate: string): string {
  const date = new Date(isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return formatBodyDate(date, bodyTimeZone(), currentLanguage());
}

/** A date and time in the reader's language and the body's time zone (reactive on both). */
export function formatDateTime(isoDate: string): string {
  const date = new Date(isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return formatBodyDateTime(date, bodyTimeZone(), currentLanguage());
}
