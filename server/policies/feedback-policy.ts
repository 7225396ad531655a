import type { StandardMembership } from './standard-policy';

/** Implementation feedback on a published edition: anyone signed in; the route checks the session and the edition. */
export function canSendFeedback(signedIn: boolean): boolean {
  return signedIn;
}

/** The secretariat of the standard reads and answers its feedback. */
export function canHandleFeedback(membership: StandardMembership | null): boolean {
  return membership?.role === 'secretariat';
}

/** The private contact data: the sender and the secretariat of the standard. */
export function canSeeFeedbackContact(viewer: { userId: string; membership: StandardMembership | null }, senderId: string): boolean {
  return viewer.userId === senderId || canHandleFeedback(viewer.membership);
}
