import { draftAccess, type DraftAccess, type StandardMembership } from './standard-policy';

/**
 * The 编制说明 is written by the people who write the draft and read by the members who read it: the same decision
 * for REST reads, exports and the collaboration websocket.
 */
export function explanatoryStatementAccess(membership: StandardMembership | null): DraftAccess {
  return draftAccess(membership);
}

/** Refreshing the facts rewrites part of the document, so it takes the right to edit it. */
export function canRefreshExplanatoryStatementFacts(membership: StandardMembership | null): boolean {
  return explanatoryStatementAccess(membership) === 'write';
}
