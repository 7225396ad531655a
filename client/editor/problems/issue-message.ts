import type { LintIssue } from '../../../shared/document/lint/lint-types';
import { currentLanguage } from '../../i18n/language';

export function issueMessage(issue: LintIssue): string {
  return currentLanguage() === 'zh-CN' ? issue.message.zh : issue.message.en;
}
