import type { RefreshExplanatoryStatementFactsResponse } from '../../shared/api/explanatory-statements';
import { endpoints } from '../../shared/api/contract';
import { callEndpoint, endpointAddress } from './call-endpoint';

export type StatementFormat = 'docx' | 'pdf';

export function refreshExplanatoryStatementFacts(standardId: string): Promise<RefreshExplanatoryStatementFactsResponse> {
  return callEndpoint(endpoints.refreshExplanatoryStatementFacts, { pathParameters: { id: standardId } });
}

/** Where the live 编制说明 of a standard downloads. */
export function liveStatementAddress(standardId: string, format: StatementFormat): string {
  return endpointAddress(format === 'docx' ? endpoints.explanatoryStatementDocx : endpoints.explanatoryStatementPdf, { id: standardId });
}

/** Where the 编制说明 sent out with a comment period's 征求意见稿 downloads. */
export function commentPeriodStatementAddress(periodId: string, format: StatementFormat): string {
  return endpointAddress(format === 'docx' ? endpoints.commentPeriodExplanatoryStatementDocx : endpoints.commentPeriodExplanatoryStatementPdf, { id: periodId });
}

/** Where the 编制说明 of a review's materials downloads. */
export function reviewStatementAddress(reviewId: string, format: StatementFormat): string {
  return endpointAddress(format === 'docx' ? endpoints.reviewExplanatoryStatementDocx : endpoints.reviewExplanatoryStatementPdf, { id: reviewId });
}
