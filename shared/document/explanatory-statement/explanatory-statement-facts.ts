import type { MemberRole } from '../../domain/roles';
import type { Stage } from '../../domain/stages';

/** What the product knows about how a standard was made, written into its 编制说明 as text the drafters can edit. */
export interface ExplanatoryStatementFacts {
  title: string;
  /** Working group members in the order they joined, with the organisation from their stakeholder profile. */
  members: Array<{ name: string; organisation: string | null; role: MemberRole }>;
  /** Each stage move with its date in the body's time zone (YYYY-MM-DD). */
  stageMoves: Array<{ from: Stage; to: Stage; date: string }>;
  comments: {
    total: number;
    organisations: number;
    accepted: number;
    partiallyAccepted: number;
    notAccepted: number;
    undecided: number;
    withdrawn: number;
  };
  /** Technical reviews with their date and, once the approval motion closed, its outcome in words. */
  reviews: Array<{ title: string; kind: 'meeting' | 'correspondence'; date: string | null; result: string | null }>;
}

export function explanatoryStatementTitle(standardTitle: string): string {
  return `《${standardTitle}》编制说明`;
}
