import { z } from 'zod';

/** What "更新事实" rewrote: the titles of the fact sub-clauses it found (none when the drafters renamed them). */
export const refreshExplanatoryStatementFactsResponseSchema = z
  .object({ refreshedClauses: z.array(z.string()) })
  .meta({ id: 'RefreshExplanatoryStatementFactsResponse' });

export type RefreshExplanatoryStatementFactsResponse = z.infer<typeof refreshExplanatoryStatementFactsResponseSchema>;
