import { currentLanguage, toggleLanguage } from '../i18n/language';
import { translate } from '../i18n/translate';

/** Labelled with the language it switches to, written in that language, as people look for their own. */
export function LanguageSwitch() {
  return (
    <button
      type="button"
      class="nd-button nd-button--quiet"
      data-testid="language-switch"
      title={translate('languageSwitchLabel')}
      lang={currentLanguage() === 'zh-CN' ? 'en' : 'zh-CN'}
      onClick={() => toggleLanguage()}
    >
      {translate('otherLanguageName')}
    </button>
  );
}
