import { translate } from '../../i18n/translate';
import type { DerivedTexts } from './numbering/derived-texts';

export function derivedTextsInLanguage(): DerivedTexts {
  return {
    crossReferenceBrokenTitle: translate('crossReferenceBrokenTitle'),
    crossReferenceBrokenText: translate('crossReferenceBrokenText'),
    switchToInformative: translate('annexSwitchToInformative'),
    switchToNormative: translate('annexSwitchToNormative'),
    generatedFromCover: translate('forewordGeneratedFromCover'),
  };
}
