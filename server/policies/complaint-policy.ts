import type { StandardMembership } from './standard-policy';

/** A complaint about a published edition or its process: anyone signed in. */
export function canLodgeComplaint(signedIn: boolean): boolean {
  return signedIn;
}

/** The secretariat of the standard lists complaints and takes their steps. */
export function canHandleComplaints(membership: StandardMembership | null): boolean {
  return membership?.role === 'secretariat';
}

/** A case and its private contact data: the complainant and the secretariat of the standard, nobody else. */
export function canReadComplaint(viewer: { userId: string; membership: StandardMembership | null }, complainantId: string): boolean {
  return viewer.userId === complainantId || canHandleComplaints(viewer.membership);
}
