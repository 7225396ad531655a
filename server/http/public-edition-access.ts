import { publicEditionParametersSchema } from '../../shared/api/public-standards';
import type { Database } from '../db/client';
import { findPublishedEdition, type PublishedEdition } from '../public-standards/published-edition';

/** The edition a public path names, or null for a malformed path, an unknown number or one not published. */
export function editionOfPath(database: Database, parameters: Record<string, string>): PublishedEdition | null {
  const parsed = publicEditionParametersSchema.safeParse(parameters);
  return parsed.success ? findPublishedEdition(database, parsed.data.bodyCode, parsed.data.edition) : null;
}

/** The body code of a public path when it is a valid one, for the catalogue link on a 404 page. */
export function bodyCodeOfPath(parameters: Record<string, string>): string | null {
  return publicEditionParametersSchema.shape.bodyCode.safeParse(parameters.bodyCode).data ?? null;
}
