import { currentLanguage } from './language';

/** Text the server sends in both languages, shown in the interface language. */
export function localizedText(text: { zh: string; en: string }): string {
  return currentLanguage() === 'zh-CN' ? text.zh : text.en;
}
