import type { PanelPosition } from '../../shared/domain/review/eligibility';
import { canDisposeComment } from './comment-policy';
import type { StandardMembership } from './standard-policy';

/** What the policies know of a person's place in one review: their membership of the standard and their panel seat. */
export interface ReviewPlace {
  membership: StandardMembership | null;
  /** Null when the person is not on the panel. */
  panelPosition: PanelPosition | null;
}

/** Members of the standard, and the panel, which reads this review's materials and nothing else of the standard. */
export function canReadReview({ membership, panelPosition }: ReviewPlace): boolean {
  return membership !== null || panelPosition !== null;
}

export function canCreateReview(membership: StandardMembership | null): boolean {
  return membership?.role === 'secretariat';
}

/** Panel, materials, motions and paper ballots: the secretariat. */
export function canManageReview({ membership }: ReviewPlace): boolean {
  return membership?.role === 'secretariat';
}

/** Opening and closing motions, the roll call and review opinions: the secretariat or the panel's chair. */
export function canChairReview(place: ReviewPlace): boolean {
  return canManageReview(place) || place.panelPosition === 'chair';
}

/** Review opinions are answered by the working group, like comments. */
export function canAnswerReviewOpinions({ membership }: ReviewPlace): boolean {
  return canDisposeComment(membership);
}

export function canManageRuleSets(user: { isSiteAdministrator: boolean }): boolean {
  return user.isSiteAdministrator;
}
