import { createSignal } from 'solid-js';

export const languages = ['zh-CN', 'en'] as const;

export type Language = (typeof languages)[number];

const defaultLanguage: Language = 'zh-CN';
const storageKey = 'normdraft.language';

function isLanguage(value: unknown): value is Language {
  return languages.some((language) => language === value);
}

function readStoredLanguage(): Language {
  try {
    const stored = localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

const [currentLanguage, setCurrentLanguage] = createSignal<Language>(readStoredLanguage());

export { currentLanguage };

export function applyLanguageToDocument(): void {
  document.documentElement.lang = currentLanguage();
}

export function setLanguage(language: Language): void {
  setCurrentLanguage(language);
  applyLanguageToDocument();
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Private browsing can refuse storage; the choice then lasts for this page only.
  }
}

export function toggleLanguage(): void {
  setLanguage(currentLanguage() === 'zh-CN' ? 'en' : 'zh-CN');
}
