import type { chineseExplanatoryStatementMessages } from './chinese-explanatory-statement-messages';

export const englishExplanatoryStatementMessages: Record<keyof typeof chineseExplanatoryStatementMessages, string> = {
  explanatoryStatementLink: 'Explanatory statement',
  explanatoryStatementPageTitle: 'Explanatory statement of “{title}”',
  explanatoryStatementIntro: 'The explanatory statement (编制说明) is written together in real time and saved like the draft. The facts the system knows (drafting organisations and drafters, the date of each stage, how comments were handled, the review result) are already in the text and can be edited; it is frozen with the draft at every stage move.',
  explanatoryStatementBackToDraft: 'Back to the draft',
  explanatoryStatementRefreshFacts: 'Refresh facts',
  explanatoryStatementRefreshFactsHint: 'Rewrites only “主要工作过程” and “主要起草单位和起草人及其分工”; all other text stays as written.',
  explanatoryStatementRefreshFactsConfirm: 'The text in “主要工作过程” and “主要起草单位和起草人及其分工” will be replaced with the latest facts. Continue?',
  explanatoryStatementRefreshed: 'Refreshed: {clauses}.',
  explanatoryStatementNothingRefreshed: 'Nothing to refresh: both sub-clauses were renamed, so edit them by hand.',
  explanatoryStatementDownloadWord: 'Download statement (Word)',
  explanatoryStatementDownloadPdf: 'Download statement (PDF)',
  explanatoryStatementWithDraft: 'Explanatory statement sent out with this draft:',
  explanatoryStatementInMaterials: 'Explanatory statement (frozen with the draft under review):',
};
